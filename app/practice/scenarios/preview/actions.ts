'use server';

import { NotAllowedError, requireInstructor } from '@/lib/auth/guards';
import type { PreviewResult } from '@/lib/grading-server/preview-contract';
import { previewScenario } from '@/lib/grading-server/preview';

/**
 * Validates and grades a scenario folder sent from the preview page. Instructors and admins only: it runs
 * the scenario's handler code (bounded), and the page it renders is the authoring tool. The role is checked
 * here, not only on the page, because anyone can post to an action whose id they know.
 */
export async function previewScenarioAction(_previous: PreviewResult, formData: FormData): Promise<PreviewResult> {
  try {
    await requireInstructor();
  } catch (error) {
    if (error instanceof NotAllowedError) return { status: 'problems', problems: [], message: `${error.message} The scenario preview is for instructors.` };
    throw error;
  }
  if (!(formData instanceof FormData)) return { status: 'problems', problems: [], message: 'The files must be sent as a form.' };
  return previewScenario(formData.entries());
}
