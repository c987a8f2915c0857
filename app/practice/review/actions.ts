'use server';

import { revalidatePath } from 'next/cache';
import type { SubmitState } from '@/components/scenario/submit-state';
import { getCurrentUser } from '@/lib/auth/current';
import { answerClassQuizCard } from '@/lib/classes-server/class-quiz-review';
import { submitClassScenario } from '@/lib/classes-server/class-submit';
import { getQuizItem } from '@/lib/content/quizzes';
import { getScenario } from '@/lib/content/scenarios';
import { db } from '@/lib/db/client';
import { findQuizAttemptByRequest, recordQuizAttempt } from '@/lib/db/quiz-attempts';
import { findScenarioSubmissionByRequest, recordScenarioSubmission } from '@/lib/db/scenario-submissions';
import { formRequestId, submitScenario } from '@/lib/grading-server/submit';
import { ensureLearnerId, readLearnerId } from '@/lib/learner/session';
import { submitQuizAttempt, type AttemptResult } from '@/lib/quiz-server/submit';
import { dbReviewStore } from '@/lib/review-server/db-store';
import { answerProblem, answerQuizCard, CARD_ID_PATTERN, isRepeatedAnswer, rateReviewCard, type RatingState } from '@/lib/review-server/review';

const REVIEW_PATH = '/practice/review';

/** The answer to a quiz card's showing (bound to the card id by the page): graded and recorded like any quiz answer. */
export async function answerQuizCardAction(cardId: string, input: unknown): Promise<AttemptResult> {
  const result = await answerQuizCard(cardId, input, {
    store: dbReviewStore,
    learnerId: readLearnerId,
    now: () => new Date(),
    grade: (raw) => submitQuizAttempt(raw, { item: getQuizItem, learnerId: ensureLearnerId, record: (row) => recordQuizAttempt(db, row) }),
    recorded: async (learnerId, requestId) => (await findQuizAttemptByRequest(db, learnerId, requestId)) !== null,
  });
  if (result.status === 'graded') revalidatePath(REVIEW_PATH);
  return result;
}

/** The answer to a class quiz item's card (bound to the card id): graded on the server against the version the card names. */
export async function answerClassQuizCardAction(cardId: string, input: unknown): Promise<AttemptResult> {
  try {
    const result = await answerClassQuizCard(db, await getCurrentUser(), cardId, input, { learnerId: readLearnerId, now: () => new Date() });
    if (result.status === 'graded') revalidatePath(REVIEW_PATH);
    return result;
  } catch (error) {
    console.error('answering a class quiz card failed', error);
    return { status: 'error', message: 'Your answer could not be graded just now. Please try again.' };
  }
}

/** The fix for a scenario card (bound to the card id): graded on the server like any submission, then the card marked. */
export async function answerScenarioCardAction(cardId: string, _previous: SubmitState, formData: FormData): Promise<SubmitState> {
  if (!(formData instanceof FormData)) return { status: 'invalid', fieldErrors: {}, message: 'The submission must be sent as a form.' };
  const learnerId = await readLearnerId();
  const scenarioId = formData.get('scenarioId');
  const card = learnerId && CARD_ID_PATTERN.test(cardId) ? await dbReviewStore.get(learnerId, cardId) : null;
  const problem = answerProblem(card, { kind: 'scenario', refId: typeof scenarioId === 'string' ? scenarioId : '' }, new Date());
  const requestId = formRequestId(formData.get('requestId'));
  // The fix that marked the card, sent again (issue 16): answered from the stored submission, the card left as it was.
  const repeat = learnerId !== null && (await isRepeatedAnswer(problem, typeof requestId === 'string' ? requestId : undefined, async (r) => (await findScenarioSubmissionByRequest(db, learnerId, r)) !== null));
  if ((problem && !repeat) || !learnerId) return { status: 'invalid', fieldErrors: {}, message: problem ?? 'You have no review cards in this browser.' };
  // A card names a built-in scenario by its id, or a class's own scenario by its ClassScenario id: that one
  // is graded (and access checked) like any submission of it, against its published version.
  const result =
    typeof scenarioId === 'string' && !getScenario(scenarioId)
      ? await submitClassScenario(db, await getCurrentUser(), scenarioId, formData, { learnerId: async () => learnerId })
      : await submitScenario(
          { scenarioId, definition: formData.get('definition'), requestId },
          {
            scenario: getScenario,
            learnerId: async () => learnerId,
            findByRequest: (id, requestId) => findScenarioSubmissionByRequest(db, id, requestId),
            record: (row) => recordScenarioSubmission(db, row),
          },
        );
  if (result.status === 'graded' && card && !repeat) {
    await dbReviewStore.markAnswered({ learnerId, id: cardId, seed: card.seed, correct: result.verdict.passed, now: new Date() });
    revalidatePath(REVIEW_PATH);
  }
  return result;
}

/** Again / Hard / Good / Easy for an answered card. */
export async function rateCardAction(_previous: RatingState, formData: FormData): Promise<RatingState> {
  if (!(formData instanceof FormData)) return { status: 'invalid', fieldErrors: {}, message: 'The rating must be sent as a form.' };
  const result = await rateReviewCard(
    { cardId: formData.get('cardId'), rating: formData.get('rating'), seed: formData.get('seed') },
    { store: dbReviewStore, learnerId: readLearnerId, now: () => new Date() },
  );
  if (result.status === 'rated') revalidatePath(REVIEW_PATH);
  return result;
}
