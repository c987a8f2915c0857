// The instructor preview: a scenario folder's files as pasted or uploaded, validated, its reference solution
// and starter graded (bounded, like a learner's submission), and what the learner's browser would receive.
// Nothing is written: the folder is read from the request, so there is no rebuild and no restart.
import { toClientScenario } from '../grading/client-scenario';
import {
  PREVIEW_FILE_NAME,
  PREVIEW_FILE_PREFIX,
  PREVIEW_MAX_FILES,
  PREVIEW_MAX_TOTAL_BYTES,
  type PreviewResult,
} from './preview-contract';
import { parseScenarioFiles } from '../content/scenario-parse';
import { gradeBounded } from './bounded-grade';

export const PREVIEW_FOLDER = 'preview';

/** Reads the `file:<name>` entries of a form into a file map, or says what is wrong with them. */
export function previewFilesFrom(entries: Iterable<[string, unknown]>): { files: Map<string, string> } | { problem: string } {
  const files = new Map<string, string>();
  let total = 0;
  for (const [key, value] of entries) {
    if (!key.startsWith(PREVIEW_FILE_PREFIX)) continue;
    const name = key.slice(PREVIEW_FILE_PREFIX.length);
    if (!PREVIEW_FILE_NAME.test(name)) return { problem: `"${name.slice(0, 80)}" is not a file name the preview accepts (letters, digits, dots, dashes, underscores).` };
    if (typeof value !== 'string') return { problem: `${name}: send the file's text.` };
    total += value.length;
    if (total > PREVIEW_MAX_TOTAL_BYTES) return { problem: 'The files are larger than 4 MB together; a scenario folder is much smaller.' };
    files.set(name, value);
  }
  if (files.size > PREVIEW_MAX_FILES) return { problem: `At most ${PREVIEW_MAX_FILES} files.` };
  if (files.size === 0) return { problem: 'Paste or upload the scenario folder’s files first.' };
  return { files };
}

export async function previewScenario(entries: Iterable<[string, unknown]>, now: () => Date = () => new Date()): Promise<PreviewResult> {
  const read = previewFilesFrom(entries);
  if ('problem' in read) return { status: 'problems', problems: [{ file: '(form)', message: read.problem }], message: read.problem };
  const parsed = parseScenarioFiles(read.files, PREVIEW_FOLDER);
  if (!parsed.ok) return { status: 'problems', problems: parsed.problems, message: `${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'} in the files.` };
  const s = parsed.scenario;
  const [solution, starter] = [await gradeBounded(s, s.solution), await gradeBounded(s, s.starter)];
  return {
    status: 'checked',
    scenario: {
      ...toClientScenario(s),
      summary: s.summary,
      prompt: s.prompt,
      difficulty: s.difficulty,
      exams: s.exams,
      topics: s.topics,
      lesson: s.lesson,
      allCases: s.cases.length,
    },
    solution: solution.ok ? solution.verdict : { stopped: solution.message },
    starter: starter.ok ? starter.verdict : { stopped: starter.message },
    checkedAt: now().toISOString(),
  };
}
