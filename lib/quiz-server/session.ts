// Building a quiz page on the server: which items, which seeds, and the questions as a learner sees them.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { materialize, MAX_SEED, newSeed, sessionEntries, SESSION_LENGTH, QUIZ_MODES, type Question, type QuizItem, type QuizMode } from '../quiz';
import { QUIZ_CATEGORIES, type QuizCategory } from '../quiz/types';

/** The query string of a quiz page; anything malformed is dropped rather than refused (it is a link). */
const searchSchema = z.object({
  mode: z.enum(QUIZ_MODES).catch('practice'),
  seed: z.coerce.number().int().min(0).max(MAX_SEED).optional().catch(undefined),
  category: z.enum(QUIZ_CATEGORIES).optional().catch(undefined),
  domain: z.coerce.number().int().min(1).max(4).optional().catch(undefined),
});

export interface QuizSearch {
  mode: QuizMode;
  seed?: number;
  category?: QuizCategory;
  domain?: number;
}

export function readQuizSearch(params: Record<string, string | string[] | undefined>): QuizSearch {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = searchSchema.parse({ mode: first(params.mode), seed: first(params.seed), category: first(params.category), domain: first(params.domain) });
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as unknown as QuizSearch;
}

export interface PreparedSession {
  sessionId: string;
  sessionSeed: number;
  questions: Question[];
  /** The same set with new questions and numbers. */
  nextSeed: number;
}

/** Picks up to SESSION_LENGTH items by the session seed and shows each with its own seed. */
export function prepareSession(items: readonly QuizItem[], seed: number | undefined, length = SESSION_LENGTH): PreparedSession {
  const sessionSeed = seed ?? newSeed();
  const byId = new Map(items.map((item) => [item.id, item]));
  const questions = sessionEntries(items, sessionSeed, length).map((entry) => materialize(byId.get(entry.itemId) as QuizItem, entry.seed).question);
  return { sessionId: randomUUID(), sessionSeed, questions, nextSeed: newSeed() };
}

export function newSessionId(): string {
  return randomUUID();
}
