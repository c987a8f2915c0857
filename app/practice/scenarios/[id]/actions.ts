'use server';

import { revalidatePath } from 'next/cache';
import type { SubmitState } from '@/components/scenario/submit-state';
import { getScenario } from '@/lib/content/scenarios';
import { db } from '@/lib/db/client';
import { findScenarioSubmissionByRequest, recordScenarioSubmission } from '@/lib/db/scenario-submissions';
import { formRequestId, submitScenario } from '@/lib/grading-server/submit';
import { ensureLearnerId } from '@/lib/learner/session';
import { enrollScenarioSubmission } from '@/lib/review-server/review';
import { dbReviewStore } from '@/lib/review-server/db-store';

/**
 * Grades a submission on the server and records the server's verdict. Only `scenarioId`, `definition` and
 * `requestId` are read from the form; anything else a client sends (a verdict, a score) is ignored.
 */
export async function submitScenarioAction(_previous: SubmitState, formData: FormData): Promise<SubmitState> {
  if (!(formData instanceof FormData)) return { status: 'invalid', fieldErrors: {}, message: 'The submission must be sent as a form.' };
  const result = await submitScenario(
    { scenarioId: formData.get('scenarioId'), definition: formData.get('definition'), requestId: formRequestId(formData.get('requestId')) },
    {
      scenario: getScenario,
      learnerId: ensureLearnerId,
      findByRequest: (learnerId, requestId) => findScenarioSubmissionByRequest(db, learnerId, requestId),
      record: async (row) => {
        const saved = await recordScenarioSubmission(db, row);
        // A repeated request id recorded nothing new: no second review card enrollment.
        if (saved.repeated) return saved;
        // A failed submission becomes a review card (issue 17); a failure there never loses the submission.
        await enrollScenarioSubmission(dbReviewStore, { learnerId: row.learnerId, scenarioId: row.scenarioId, passed: row.verdict.passed, now: new Date() }).catch((error: unknown) =>
          console.error('making a review card failed', error),
        );
        return saved;
      },
    },
  );
  // A repeat (`repeated: true`) still refreshes the pages: the answer to the first may never have reached this page.
  if (result.status === 'graded') {
    revalidatePath('/practice');
    revalidatePath(`/practice/scenarios/${result.verdict.scenario}`);
  }
  return result;
}
