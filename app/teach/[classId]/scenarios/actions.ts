'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/current';
import type { AuthoringState, ValidationState } from '@/lib/classes/authoring-state';
import { previewClassScenario, publishClassScenario, saveClassScenario, validateClassScenario } from '@/lib/classes-server/scenario-authoring';
import { db } from '@/lib/db/client';
import type { PreviewResult } from '@/lib/grading-server/preview-contract';

// Each action reads the signed-in account itself (never an id from the form) and leaves validation and
// authorization to lib/classes-server, which answers every refusal and bad input as state.
const failed = (what: string, error: unknown): AuthoringState => {
  console.error(`${what} failed`, error);
  return { status: 'error', message: 'That did not work just now. Please try again.' };
};

export async function validateScenarioAction(form: FormData): Promise<ValidationState> {
  try {
    return await validateClassScenario(db, await getCurrentUser(), form);
  } catch (error) {
    console.error('validating a class scenario failed', error);
    return { status: 'error', message: 'The files could not be checked just now.' };
  }
}

export async function previewScenarioAction(_previous: PreviewResult, form: FormData): Promise<PreviewResult> {
  try {
    return await previewClassScenario(db, await getCurrentUser(), form);
  } catch (error) {
    console.error('previewing a class scenario failed', error);
    return { status: 'problems', problems: [], message: 'The preview failed just now. Please try again.' };
  }
}

export async function saveScenarioAction(_previous: AuthoringState, form: FormData): Promise<AuthoringState> {
  try {
    const result = await saveClassScenario(db, await getCurrentUser(), form);
    if (result.status === 'saved' && form instanceof FormData) revalidatePath(`/teach/${String(form.get('classId'))}`);
    return result;
  } catch (error) {
    return failed('saving a class scenario', error);
  }
}

export async function publishScenarioAction(_previous: AuthoringState, form: FormData): Promise<AuthoringState> {
  try {
    const result = await publishClassScenario(db, await getCurrentUser(), form);
    if (result.status === 'published') {
      revalidatePath('/classes');
      revalidatePath('/teach', 'layout');
    }
    return result;
  } catch (error) {
    return failed('publishing a class scenario', error);
  }
}
