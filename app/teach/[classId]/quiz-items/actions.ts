'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/current';
import type { QuizAuthoringState, QuizPreviewState, ValidationState } from '@/lib/classes/authoring-state';
import { previewClassQuizAnswer, previewClassQuizItem, previewClassQuizNumbers, publishClassQuizItem, saveClassQuizItem, validateClassQuizItem } from '@/lib/classes-server/quiz-authoring';
import { db } from '@/lib/db/client';
import type { NewNumbers } from '@/lib/quiz';
import type { AttemptResult } from '@/lib/quiz-server/submit';

// As for class scenarios (../scenarios/actions.ts): each action reads the signed-in account itself (never
// an id from the form) and leaves validation and authorization to lib/classes-server, which answers every
// refusal and bad input as state.
const failed = (what: string, error: unknown): QuizAuthoringState => {
  console.error(`${what} failed`, error);
  return { status: 'error', message: 'That did not work just now. Please try again.' };
};

export async function validateQuizItemAction(form: FormData): Promise<ValidationState> {
  try {
    return await validateClassQuizItem(db, await getCurrentUser(), form);
  } catch (error) {
    console.error('validating a class quiz item failed', error);
    return { status: 'error', message: 'The item could not be checked just now.' };
  }
}

export async function previewQuizItemAction(_previous: QuizPreviewState, form: FormData): Promise<QuizPreviewState> {
  try {
    return await previewClassQuizItem(db, await getCurrentUser(), form);
  } catch (error) {
    console.error('previewing a class quiz item failed', error);
    return { status: 'problems', problems: [], message: 'The preview failed just now. Please try again.' };
  }
}

/** Grades an answer to the preview from the text sent; records nothing. */
export async function previewQuizAnswerAction(classId: string, source: string, input: unknown): Promise<AttemptResult> {
  try {
    return await previewClassQuizAnswer(db, await getCurrentUser(), classId, source, input);
  } catch (error) {
    console.error('grading a class quiz item preview failed', error);
    return { status: 'error', message: 'The answer could not be graded just now. Please try again.' };
  }
}

/** "Try again with new numbers" in the preview: the text sent, drawn again; records nothing. */
export async function previewQuizNumbersAction(classId: string, source: string, after: unknown): Promise<NewNumbers> {
  try {
    return await previewClassQuizNumbers(db, await getCurrentUser(), classId, source, after);
  } catch (error) {
    console.error('drawing new numbers for a class quiz item preview failed', error);
    return { status: 'error', message: 'New numbers could not be drawn just now. Please try again.' };
  }
}

export async function saveQuizItemAction(_previous: QuizAuthoringState, form: FormData): Promise<QuizAuthoringState> {
  try {
    const result = await saveClassQuizItem(db, await getCurrentUser(), form);
    if (result.status === 'saved' && form instanceof FormData) revalidatePath(`/teach/${String(form.get('classId'))}`);
    return result;
  } catch (error) {
    return failed('saving a class quiz item', error);
  }
}

export async function publishQuizItemAction(_previous: QuizAuthoringState, form: FormData): Promise<QuizAuthoringState> {
  try {
    const result = await publishClassQuizItem(db, await getCurrentUser(), form);
    if (result.status === 'published') {
      revalidatePath('/classes');
      revalidatePath('/teach', 'layout');
    }
    return result;
  } catch (error) {
    return failed('publishing a class quiz item', error);
  }
}
