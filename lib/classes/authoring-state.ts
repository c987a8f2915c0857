// What the scenario editor's server actions answer, shared with the browser (no zod here: see
// lib/auth/form-state.ts for why a client module must not pull zod in).
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
