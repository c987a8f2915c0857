// The instructor preview's contract between the page and the server: limits on the files sent, and the answer.
import type { ContentProblem } from '../content/checks/types';
import type { Difficulty } from '../content/scenario-schema';
import type { ClientScenario } from '../grading/client-scenario';
import type { Verdict } from '../grading/types';

export const PREVIEW_FILE_PREFIX = 'file:';
/** The files a scenario folder usually holds, offered as empty boxes to paste into. */
export const PREVIEW_DEFAULT_FILES = ['scenario.yaml', 'starter.asl.json', 'solution.asl.json'] as const;
export const PREVIEW_MAX_FILES = 12;
export const PREVIEW_MAX_TOTAL_BYTES = 4 * 1_048_576;

export interface PreviewScenario extends ClientScenario {
  summary: string;
  prompt: string;
  difficulty: Difficulty;
  exams: string[];
  topics: string[];
  lesson: string;
  /** All cases, hidden ones included (the instructor wrote them). */
  allCases: number;
}

export type PreviewResult =
  | { status: 'idle' }
  | { status: 'problems'; problems: ContentProblem[]; message: string }
  | { status: 'checked'; scenario: PreviewScenario; solution: Verdict | { stopped: string }; starter: Verdict | { stopped: string }; checkedAt: string };

export const initialPreviewResult: PreviewResult = { status: 'idle' };

/** File names the preview accepts: plain names, no folders (an uploaded folder's files are flattened). */
export const PREVIEW_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;
