// What the scenario editor's server actions answer, shared with the browser (no zod here: see
// lib/auth/form-state.ts for why a client module must not pull zod in).
import type { Question } from '../quiz/types';

export type AuthoringProblem = { file: string; line?: number; column?: number; message: string };

export type AuthoringState =
  | { status: 'idle' }
  | { status: 'saved'; scenarioId: string; version: number; message: string }
  | { status: 'published'; scenarioId: string; version: number; message: string }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string[] | undefined>; problems?: AuthoringProblem[] };

export const IDLE_AUTHORING_STATE: AuthoringState = { status: 'idle' };

/** The live validation's answer: the problems of the files as they stand (none: they are valid). */
export type ValidationState = { status: 'valid'; title: string } | { status: 'problems'; problems: AuthoringProblem[] } | { status: 'error'; message: string };

/** Problems name files as `<folder>/<file>`; the editor shows the file alone. */
export const AUTHORING_FOLDER = 'scenario';

/** What the quiz item editor's save and publish actions answer (the same states as a scenario's). */
export type QuizAuthoringState =
  | { status: 'idle' }
  | { status: 'saved'; itemId: string; version: number; message: string }
  | { status: 'published'; itemId: string; version: number; message: string }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string[] | undefined>; problems?: AuthoringProblem[] };

export const IDLE_QUIZ_AUTHORING_STATE: QuizAuthoringState = { status: 'idle' };

/** The one file of a class quiz item, as problems name it. */
export const QUIZ_ITEM_FILE = 'item.yaml';
/** The form field that carries the item's YAML text. */
export const QUIZ_ITEM_SOURCE_FIELD = 'source';
/** A generous bound on one item's text (the longest built-in item is a few KB). */
export const QUIZ_ITEM_MAX_CHARS = 20_000;
/** The id a previewed question carries (it is graded from the text sent, never recorded). */
export const PREVIEW_ITEM_ID = 'preview';

/** The quiz item preview: the question as a learner sees it (drawn for a fresh seed), or why not. */
export type QuizPreviewState =
  | { status: 'idle' }
  | { status: 'problems'; problems: AuthoringProblem[]; message: string }
  | { status: 'previewed'; question: Question; checkedAt: string };

export const IDLE_QUIZ_PREVIEW: QuizPreviewState = { status: 'idle' };
