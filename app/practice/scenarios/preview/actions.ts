'use server';

import type { PreviewResult } from '@/lib/grading-server/preview-contract';
import { previewScenario } from '@/lib/grading-server/preview';

/**
 * Validates and grades a scenario folder sent from the preview page. Accounts do not exist yet: once roles
 * do, this must check that the caller is an instructor (it runs instructors' handler code, bounded).
 */
export async function previewScenarioAction(_previous: PreviewResult, formData: FormData): Promise<PreviewResult> {
  if (!(formData instanceof FormData)) return { status: 'problems', problems: [], message: 'The files must be sent as a form.' };
  return previewScenario(formData.entries());
}
