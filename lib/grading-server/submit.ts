// A learner's submission of a scenario: validate what was sent, grade it on the server (bounded), record
// the server's verdict, answer what the learner may see. Anything else the client sends (a verdict, a
// score, "passed": true) is dropped by the schema: the recorded result is always the server's own.
import { z } from 'zod';
import type { Scenario } from '../content/scenario-parse';
import { SCENARIO_ID_PATTERN } from '../content/scenario-schema';
import { MAX_DEFINITION_BYTES, publicVerdict, type CaseVerdict, type Verdict } from '../grading';
import { gradeBounded, type BoundedVerdict } from './bounded-grade';

export const submissionInput = z.object({
  scenarioId: z.string({ error: 'missing scenario' }).regex(SCENARIO_ID_PATTERN, 'not a scenario id'),
  definition: z
    .string({ error: 'missing definition' })
    .refine((d) => d.trim().length > 0, 'the definition is empty')
    .refine((d) => new TextEncoder().encode(d).length <= MAX_DEFINITION_BYTES, 'the definition is larger than 1 MB, the most AWS accepts'),
});

export type SubmitResult =
  | { status: 'graded'; submissionId: string; createdAt: string; verdict: Verdict }
  | { status: 'invalid'; fieldErrors: Partial<Record<'scenarioId' | 'definition', string[]>>; message: string }
  | { status: 'error'; message: string };

export interface SubmitDeps {
  scenario: (id: string) => Scenario | undefined;
  learnerId: () => Promise<string>;
  record: (row: { learnerId: string; scenarioId: string; definition: string; verdict: Verdict }) => Promise<{ id: string; createdAt: Date }>;
  grade?: (scenario: Scenario, definition: string) => Promise<BoundedVerdict>;
}

/** A verdict for a grading that was stopped: every case failed, saying why. */
export function stoppedVerdict(scenario: Scenario, message: string, ms: number): Verdict {
  const cases: CaseVerdict[] = scenario.cases.map((c) => ({ name: c.name, visible: c.visible, passed: false, feedback: message, checks: [] }));
  return { scenario: scenario.id, passed: false, score: 0, ms, cases };
}

export async function submitScenario(raw: unknown, deps: SubmitDeps): Promise<SubmitResult> {
  const parsed = submissionInput.safeParse(raw);
  if (!parsed.success) {
    return { status: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors, message: 'The submission could not be graded.' };
  }
  const { scenarioId, definition } = parsed.data;
  const scenario = deps.scenario(scenarioId);
  if (!scenario) return { status: 'invalid', fieldErrors: { scenarioId: ['no scenario has this id'] }, message: 'The submission could not be graded.' };

  const graded = await (deps.grade ?? gradeBounded)(scenario, definition);
  const verdict = graded.ok ? graded.verdict : stoppedVerdict(scenario, `Grading was stopped: ${graded.message}`, graded.ms);
  try {
    const learnerId = await deps.learnerId();
    const row = await deps.record({ learnerId, scenarioId, definition, verdict });
    return { status: 'graded', submissionId: row.id, createdAt: row.createdAt.toISOString(), verdict: publicVerdict(verdict) };
  } catch (error) {
    console.error('recording a scenario submission failed', error);
    return { status: 'error', message: 'Your submission was graded but could not be saved. Please try again.' };
  }
}
