// Which answers become review cards, and which ratings an answer allows. Pure data and functions.

import { MAX_SEED, newSeed } from '../quiz/params';
import type { QuizItemType } from '../quiz/types';

/**
 * What a card reviews: a built-in quiz item (refId = item id), a scenario (refId = scenario id, built-in or
 * a class's own), or a class's own quiz item (refId = the ClassQuizItemVersion id the learner answered: the
 * card shows that version, whatever the instructor publishes later).
 */
export const REVIEW_KINDS = ['quiz', 'scenario', 'class-quiz'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** Why a card was made: the answer was wrong, or right but slow. */
export const REVIEW_REASONS = ['wrong', 'slow'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/**
 * A right answer slower than this is "right slowly": the learner worked it out but does not know it yet.
 * Reading a choice question and picking takes well under a minute when it is known; a cost figure needs
 * arithmetic; rewriting a machine is a small design task.
 */
export const SLOW_ANSWER_MS: Record<QuizItemType, number> = {
  single: 60_000,
  multiple: 75_000,
  numeric: 120_000,
  'cheapest-design': 120_000,
  restructure: 600_000,
};

/** The reason a quiz answer becomes a card, or null when it does not. */
export function quizCardReason(answer: { correct: boolean; timeTakenMs: number; type: QuizItemType }): ReviewReason | null {
  if (!answer.correct) return 'wrong';
  return answer.timeTakenMs > SLOW_ANSWER_MS[answer.type] ? 'slow' : null;
}

/**
 * The reason a scenario submission becomes a card. The browser does not time scenario work (it spans
 * edits, visible runs and several submissions), so only a failed submission makes one.
 */
export function scenarioCardReason(submission: { passed: boolean }): ReviewReason | null {
  return submission.passed ? null : 'wrong';
}

/** FSRS's four answers to "how did it go?" (the numbers are ts-fsrs's Rating values). */
export const RATINGS = [
  { value: 1, id: 'again', label: 'Again' },
  { value: 2, id: 'hard', label: 'Hard' },
  { value: 3, id: 'good', label: 'Good' },
  { value: 4, id: 'easy', label: 'Easy' },
] as const;
export type RatingValue = (typeof RATINGS)[number]['value'];
export const AGAIN: RatingValue = 1;

/** A wrong answer is always "Again": the learner may not tell the scheduler they knew what they did not. */
export function allowedRatings(correct: boolean): RatingValue[] {
  return correct ? RATINGS.map((r) => r.value) : [AGAIN];
}

/** The seed of the next showing: never the one just shown, so a parametrized item comes back with new numbers. */
export function nextShowingSeed(previous: number, random: () => number = Math.random): number {
  const seed = newSeed(random);
  return seed === previous ? (seed + 1) % MAX_SEED : seed;
}
