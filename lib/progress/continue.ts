// "Continue where you left off": the lesson a returning learner should open next.

export type ContinueReason = 'resume' | 'next' | 'start';

export interface ContinueTarget {
  slug: string;
  /** resume: the last lesson opened and not completed; next: the first lesson not completed; start: nothing done yet. */
  reason: ContinueReason;
}

/**
 * The last lesson the learner opened, if it is a lesson and not completed; otherwise the first lesson
 * (in course order) not completed. Null when every lesson is completed.
 */
export function continueTarget(order: readonly string[], completed: ReadonlySet<string>, lastOpened: string | null): ContinueTarget | null {
  if (lastOpened && order.includes(lastOpened) && !completed.has(lastOpened)) return { slug: lastOpened, reason: 'resume' };
  const next = order.find((slug) => !completed.has(slug));
  if (!next) return null;
  return { slug: next, reason: order.some((slug) => completed.has(slug)) ? 'next' : 'start' };
}

/**
 * The cookie holding the slug of the last lesson this browser opened. Lesson pages are static, so the
 * browser records the visit (components/lesson/remember-lesson.tsx); the home page reads it. Not secret:
 * a slug the server checks against the course before using it.
 */
export const LAST_LESSON_COOKIE = 'stepwise-last-lesson';
export const LAST_LESSON_MAX_AGE_S = 60 * 60 * 24 * 365;
