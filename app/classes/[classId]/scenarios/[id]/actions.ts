'use server';

import { revalidatePath } from 'next/cache';
import type { SubmitState } from '@/components/scenario/submit-state';
import { getCurrentUser } from '@/lib/auth/current';
import { submitClassScenario } from '@/lib/classes-server/class-submit';
import { db } from '@/lib/db/client';
import { accountLearnerId } from '@/lib/learner/session';
import { dbReviewStore } from '@/lib/review-server/db-store';
import { enrollScenarioSubmission } from '@/lib/review-server/review';

/**
 * Grades a submission of a class's own scenario on the server, against its published version, and records
 * the server's verdict with that version. The scenario comes from the bound id (checked against the
 * caller's classes), never from the form; a verdict or score in the form is ignored.
 */
export async function submitClassScenarioAction(classScenarioId: string, _previous: SubmitState, form: FormData): Promise<SubmitState> {
  try {
    const user = await getCurrentUser();
    const id = String(classScenarioId).slice(0, 65);
    let learnerId: string | null = null;
    const result = await submitClassScenario(db, user, id, form, {
      learnerId: async () => {
        if (!user) throw new Error('not signed in');
        return (learnerId = await accountLearnerId(user));
      },
    });
    if (result.status === 'graded') {
      // A failed case makes a review card, as a built-in scenario's does (app/practice/scenarios/[id]/actions.ts).
      if (learnerId) {
        await enrollScenarioSubmission(dbReviewStore, { learnerId, scenarioId: id, passed: result.verdict.passed, now: new Date() }).catch((error: unknown) =>
          console.error('making a review card failed', error),
        );
      }
      revalidatePath(`/classes`);
    }
    return result;
  } catch (error) {
    console.error('submitting a class scenario failed', error);
    return { status: 'error', message: 'Your submission could not be graded just now. Please try again.' };
  }
}
