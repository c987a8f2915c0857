// Spaced review on the server: answers become cards, a card's showing is answered (graded on the server,
// as any quiz answer or scenario submission is) and then rated. Every write goes through ReviewStore, so
// the rules here are tested without a database; app/practice/review/actions.ts wires in lib/db.

import { z } from 'zod';
import type { QuizItem } from '../quiz/types';
import { MAX_SEED } from '../quiz';
import { requestIdInput, type AttemptResult } from '../quiz-server/submit';
import {
  allowedRatings,
  newCardState,
  nextShowingSeed,
  quizCardReason,
  rateCard,
  RATINGS,
  scenarioCardReason,
  type CardState,
  type RatingValue,
  type ReviewKind,
  type ReviewReason,
} from '../review';

export interface StoredCard extends CardState {
  id: string;
  kind: ReviewKind;
  refId: string;
  seed: number;
  pendingCorrect: boolean | null;
}

export interface ReviewStore {
  ensure(data: { learnerId: string; kind: ReviewKind; refId: string; reason: ReviewReason; seed: number; state: CardState }): Promise<{ created: boolean }>;
  get(learnerId: string, id: string): Promise<StoredCard | null>;
  markAnswered(data: { learnerId: string; id: string; seed: number; correct: boolean; now: Date }): Promise<boolean>;
  applyRating(data: {
    learnerId: string;
    id: string;
    expectedReps: number;
    rating: RatingValue;
    correct: boolean;
    shownSeed: number;
    nextSeed: number;
    dueBefore: Date;
    state: CardState;
    now: Date;
  }): Promise<boolean>;
  /** The card's latest rating: the seed of the showing rated, the rating, and the due date it set. */
  lastRating(learnerId: string, id: string): Promise<{ seed: number; rating: number; due: Date } | null>;
}

/**
 * After a graded quiz answer: a card if it was wrong or slow. Its first showing draws new numbers. The card
 * names the item by its id, unless `card` says otherwise (a class's own item: its answered version).
 */
export async function enrollQuizAnswer(
  store: Pick<ReviewStore, 'ensure'>,
  data: { learnerId: string; item: QuizItem; seed: number; correct: boolean; timeTakenMs: number; now: Date; random?: () => number; card?: { kind: ReviewKind; refId: string } },
): Promise<ReviewReason | null> {
  const reason = quizCardReason({ correct: data.correct, timeTakenMs: data.timeTakenMs, type: data.item.type });
  if (!reason) return null;
  const { kind, refId } = data.card ?? { kind: 'quiz', refId: data.item.id };
  await store.ensure({ learnerId: data.learnerId, kind, refId, reason, seed: nextShowingSeed(data.seed, data.random), state: newCardState(data.now) });
  return reason;
}

/** After a graded scenario submission: a card if it failed. */
export async function enrollScenarioSubmission(
  store: Pick<ReviewStore, 'ensure'>,
  data: { learnerId: string; scenarioId: string; passed: boolean; now: Date; random?: () => number },
): Promise<ReviewReason | null> {
  const reason = scenarioCardReason({ passed: data.passed });
  if (!reason) return null;
  await store.ensure({ learnerId: data.learnerId, kind: 'scenario', refId: data.scenarioId, reason, seed: nextShowingSeed(-1, data.random), state: newCardState(data.now) });
  return reason;
}

export const CARD_ID_PATTERN = /^[a-z0-9]{10,40}$/;

/** Why a showing cannot be answered, or null when it can. */
export function answerProblem(card: StoredCard | null, expected: { kind: ReviewKind; refId: string; seed?: number }, now: Date): string | null {
  if (!card) return 'This review card does not exist.';
  if (card.kind !== expected.kind || card.refId !== expected.refId) return 'This answer is for another card.';
  if (expected.seed !== undefined && card.seed !== expected.seed) return 'These numbers are no longer the ones this card shows: reload the review.';
  if (card.due.getTime() > now.getTime()) return 'This card is not due yet.';
  if (card.pendingCorrect !== null) return ALREADY_ANSWERED;
  return null;
}

export const ALREADY_ANSWERED = 'This card was already answered: rate it.';

/**
 * Whether an answer refused as `problem` is the answer that marked the card, sent again (issue 16: a retry
 * after a lost reply re-sends its requestId, and a request with that id is already recorded). It is then
 * answered like the first, from what was stored (the quiz's and the scenarios' own repeat handling), and
 * the card stays as that first answer marked it.
 */
export async function isRepeatedAnswer(problem: string | null, requestId: string | undefined, recorded: (requestId: string) => Promise<boolean>): Promise<boolean> {
  return problem === ALREADY_ANSWERED && requestId !== undefined && (await recorded(requestId));
}

export const NOT_OPEN_MESSAGE = 'This question is no longer open to you: you left its class, or your instructor withdrew it.';

/**
 * A review answer to a quiz card: the quiz's own grading (`grade`, which records the attempt too), then
 * the card marked with the server's verdict. The card must be due and show these numbers.
 *
 * `kind` is 'quiz' (a built-in item: the card's refId is the item id) unless given; a class's own item
 * ('class-quiz') names a version, and `itemOf` says which item that version is of, or null when the
 * learner may no longer open it. The answer must name that item.
 */
export async function answerQuizCard(
  cardId: unknown,
  raw: unknown,
  deps: {
    store: ReviewStore;
    learnerId: () => Promise<string | null>;
    grade: (raw: unknown, card: StoredCard) => Promise<AttemptResult>;
    now: () => Date;
    kind?: ReviewKind;
    itemOf?: (card: StoredCard) => Promise<string | null>;
    /** Whether this learner already has an answer recorded under `requestId` (a repeat is answered from it). */
    recorded?: (learnerId: string, requestId: string) => Promise<boolean>;
  },
): Promise<AttemptResult> {
  const id = z.string().regex(CARD_ID_PATTERN).safeParse(cardId);
  const body = z.object({ itemId: z.string(), seed: z.number(), requestId: requestIdInput.optional() }).safeParse(raw);
  if (!id.success || !body.success) return { status: 'invalid', fieldErrors: {}, message: 'This review answer could not be read.' };
  const learnerId = await deps.learnerId();
  if (!learnerId) return { status: 'invalid', fieldErrors: {}, message: 'You have no review cards in this browser.' };
  const card = await deps.store.get(learnerId, id.data);
  const kind = deps.kind ?? 'quiz';
  const itemId = card?.kind === kind ? await (deps.itemOf ?? (async (c: StoredCard) => c.refId))(card) : undefined;
  if (itemId === null) return { status: 'invalid', fieldErrors: {}, message: NOT_OPEN_MESSAGE };
  // The card's own refId when the answer names the card's item, else what it names (refused as another card's).
  const refId = card && itemId === body.data.itemId ? card.refId : body.data.itemId;
  const problem = answerProblem(card, { kind, refId, seed: body.data.seed }, deps.now());
  // The answer that marked the card, sent again: the quiz's grading answers it from the stored attempt
  // (or refuses the id reused for another answer) and records nothing; the card is not marked again.
  const recorded = deps.recorded;
  if (card && recorded && (await isRepeatedAnswer(problem, body.data.requestId, (r) => recorded(learnerId, r)))) {
    return deps.grade({ ...(raw as object), mode: 'practice' }, card);
  }
  if (problem || !card) return { status: 'invalid', fieldErrors: {}, message: problem ?? 'This review card does not exist.' };
  const result = await deps.grade({ ...(raw as object), mode: 'practice' }, card);
  if (result.status !== 'graded') return result;
  await deps.store.markAnswered({ learnerId, id: id.data, seed: body.data.seed, correct: result.verdict.correct, now: deps.now() });
  return result;
}

export const ratingInput = z.object({
  cardId: z.string({ error: 'missing card' }).regex(CARD_ID_PATTERN, 'not a card id'),
  rating: z.coerce
    .number({ error: 'pick Again, Hard, Good or Easy' })
    .int('pick Again, Hard, Good or Easy')
    .refine((n): n is RatingValue => RATINGS.some((r) => r.value === n), 'pick Again, Hard, Good or Easy'),
  /** The showing rated (the seed the card showed), so a rating sent twice is known as one (issue 16). A form sends text. */
  seed: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
    z
      .number({ error: (issue) => (issue.input === undefined || issue.input === null ? 'missing seed' : 'not a seed') })
      .int('not a seed')
      .min(0, 'not a seed')
      .max(MAX_SEED, 'not a seed'),
  ),
});

export type RatingState =
  | { status: 'idle' }
  | { status: 'rated'; cardId: string; rating: RatingValue; due: string }
  | { status: 'invalid'; fieldErrors: Partial<Record<'cardId' | 'rating' | 'seed', string[]>>; message: string };

const ALREADY_RATED = 'This card was already rated (in another tab?). Reload the review.';

/**
 * The answer to a rating of a showing already rated: the first rating's own answer when this is the same
 * rating again (a double click, a form sent twice, two tabs), so a repeat changes nothing and reads like
 * the first; a refusal when it is another rating. Null when the card's latest rating is of another showing.
 */
async function repeatedRating(store: ReviewStore, learnerId: string, cardId: string, seed: number, rating: RatingValue): Promise<RatingState | null> {
  const last = await store.lastRating(learnerId, cardId);
  if (!last || last.seed !== seed) return null;
  if (last.rating !== rating) {
    const label = RATINGS.find((r) => r.value === last.rating)?.label ?? String(last.rating);
    return { status: 'invalid', fieldErrors: { rating: [`this showing was already rated ${label}`] }, message: ALREADY_RATED };
  }
  return { status: 'rated', cardId, rating, due: last.due.toISOString() };
}

/**
 * Rates an answered card: the FSRS schedule moves on and the next showing gets a new seed. The same rating
 * of the same showing sent again is a no-op answered like the first: the card is scheduled once and the
 * rating counted once (one ReviewLog row), even when both arrive together (applyRating's guard lets one in).
 */
export async function rateReviewCard(
  raw: unknown,
  deps: { store: ReviewStore; learnerId: () => Promise<string | null>; now: () => Date; random?: () => number },
): Promise<RatingState> {
  const parsed = ratingInput.safeParse(raw);
  if (!parsed.success) return { status: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors, message: 'The rating could not be saved.' };
  const { cardId, seed } = parsed.data;
  const rating = parsed.data.rating as RatingValue;
  const learnerId = await deps.learnerId();
  const card = learnerId ? await deps.store.get(learnerId, cardId) : null;
  if (!learnerId || !card) return { status: 'invalid', fieldErrors: { cardId: ['no such review card'] }, message: 'The rating could not be saved.' };
  if (card.seed !== seed || card.pendingCorrect === null) {
    const repeat = await repeatedRating(deps.store, learnerId, cardId, seed, rating);
    if (repeat) return repeat;
  }
  if (card.seed !== seed) return { status: 'invalid', fieldErrors: { seed: ['the card shows other numbers now'] }, message: 'This card shows other numbers now: reload the review.' };
  if (card.pendingCorrect === null) return { status: 'invalid', fieldErrors: { rating: ['answer the card before rating it'] }, message: 'Answer the card first.' };
  if (!allowedRatings(card.pendingCorrect).includes(rating)) {
    return { status: 'invalid', fieldErrors: { rating: ['after a wrong answer the only rating is Again'] }, message: 'After a wrong answer the only rating is Again.' };
  }
  const now = deps.now();
  const state = rateCard(card, rating, now);
  const saved = await deps.store.applyRating({
    learnerId,
    id: card.id,
    expectedReps: card.reps,
    rating,
    correct: card.pendingCorrect,
    shownSeed: card.seed,
    nextSeed: nextShowingSeed(card.seed, deps.random),
    dueBefore: card.due,
    state,
    now,
  });
  // Refused: another request rated this showing between the read and the write. The same rating is that
  // request's repeat (two sends at once), answered as it was.
  if (!saved) return (await repeatedRating(deps.store, learnerId, cardId, seed, rating)) ?? { status: 'invalid', fieldErrors: {}, message: ALREADY_RATED };
  return { status: 'rated', cardId, rating, due: state.due.toISOString() };
}
