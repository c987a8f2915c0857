// "Try again with new numbers": a fresh draw of a parameterised item whose numbers differ from the attempt
// just made. Shared by the built-in items' route and a class's own items, so both redraw the same way.
import { materialize } from './materialize';
import { newSeed } from './params';
import type { Question, QuizItem } from './types';

/** A fresh draw of an item for a learner, or why there is none (what a server action answers). */
export type NewNumbers = { status: 'ok'; question: Question } | { status: 'error'; message: string };

/** Draws up to this many seeds looking for numbers unlike the previous attempt's. */
export const REDRAWS = 25;

/**
 * The item as a learner sees it with a fresh seed; when `after` (the seed of the attempt just made) is
 * given, redraws while the parameters repeat (a small parameter space can give the same numbers twice).
 */
export function freshQuestion(item: QuizItem, after?: number, draw: () => number = newSeed): Question {
  const previous = after === undefined ? undefined : JSON.stringify(materialize(item, after).question.params);
  let question = materialize(item, draw()).question;
  for (let i = 0; i < REDRAWS && previous !== undefined && JSON.stringify(question.params) === previous; i++) question = materialize(item, draw()).question;
  return question;
}
