'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/current';
import { newClassQuizNumbers, submitClassQuizAnswer, submitClassQuizSession } from '@/lib/classes-server/class-quiz';
import { db } from '@/lib/db/client';
import { accountLearnerId } from '@/lib/learner/session';
import type { NewNumbers } from '@/lib/quiz';
import type { AttemptResult, SessionResult } from '@/lib/quiz-server/submit';

// The item and its version come from the bound ids (checked against the caller's classes), never from
// the answer; the verdict is computed on the server from the published version.
const learnerOf = (user: Awaited<ReturnType<typeof getCurrentUser>>) => () => (user ? accountLearnerId(user) : Promise.reject(new Error('not signed in')));

export async function submitClassQuizAnswerAction(itemId: string, versionId: string, input: unknown): Promise<AttemptResult> {
  try {
    const user = await getCurrentUser();
    const result = await submitClassQuizAnswer(db, user, itemId, versionId, input, { learnerId: learnerOf(user) });
    if (result.status === 'graded') revalidatePath('/classes');
    return result;
  } catch (error) {
    console.error('answering a class quiz item failed', error);
    return { status: 'error', message: 'Your answer could not be graded just now. Please try again.' };
  }
}

export async function submitClassQuizSessionAction(itemId: string, versionId: string, input: unknown): Promise<SessionResult> {
  try {
    const user = await getCurrentUser();
    return await submitClassQuizSession(db, user, itemId, versionId, input, { learnerId: learnerOf(user) });
  } catch (error) {
    console.error('answering a class quiz item failed', error);
    return { status: 'invalid', fieldErrors: {}, message: 'Your answers could not be graded just now. Please try again.' };
  }
}

/** "Try again with new numbers": the published version drawn again (`itemId` is the runner's, ignored). */
export async function newClassQuizNumbersAction(itemId: string, versionId: string, _runnerItemId: unknown, after: unknown): Promise<NewNumbers> {
  try {
    return await newClassQuizNumbers(db, await getCurrentUser(), itemId, versionId, after);
  } catch (error) {
    console.error('drawing new numbers for a class quiz item failed', error);
    return { status: 'error', message: 'New numbers could not be drawn just now. Please try again.' };
  }
}
