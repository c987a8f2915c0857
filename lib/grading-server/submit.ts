// A learner's submission of a scenario: validate what was sent, grade it on the server (bounded), record
// the server's verdict, answer what the learner may see. Anything else the client sends (a verdict, a
// score, "passed": true) is dropped by the schema: the recorded result is always the server's own.
import { z } from 'zod';
import type { Scenario } from '../content/scenario-parse';
import { SCENARIO_ID_PATTERN } from '../content/scenario-schema';
import { MAX_DEFINITION_BYTES, publicVerdict, type CaseVerdict, type Verdict } from '../grading';
import { GuestLimitError } from '../learner/guest-limits';
import { gradeBounded, type BoundedVerdict } from './bounded-grade';

export const submissionInput = z.object({
  scenarioId: z.string({ error: 'missing scenario' }).regex(SCENARIO_ID_PATTERN, 'not a scenario id'),
  definition: z
    .string({ error: 'missing definition' })
    .refine((d) => d.trim().length > 0, 'the definition is empty')
    .refine((d) => new TextEncoder().encode(d).length <= MAX_DEFINITION_BYTES, 'the definition is larger than 1 MB, the most AWS accepts'),
  /** One per submission, made by the client and re-sent on a retry: a repeat is graded and recorded once (issue 16). */
  requestId: z.uuid({ error: 'requestId must be a UUID (crypto.randomUUID())' }).optional(),
});

/** A form's requestId field as submitScenario reads it: absent or empty is no id (old pages, scripts). */
export function formRequestId(value: unknown): unknown {
  return value === null || value === '' ? undefined : value;
}

export type SubmitResult =
  /** `repeated`: this requestId was already recorded; the answer is the stored submission, nothing new was written (as a quiz answer's). */
  | { status: 'graded'; submissionId: string; createdAt: string; verdict: Verdict; repeated?: true }
  | { status: 'invalid'; fieldErrors: Partial<Record<'scenarioId' | 'definition' | 'requestId', string[]>>; message: string }
  | { status: 'error'; message: string };

export interface SubmitDeps {
  scenario: (id: string) => Scenario | undefined;
  learnerId: () => Promise<string>;
  record: (row: { learnerId: string; scenarioId: string; definition: string; verdict: Verdict; requestId?: string }) => Promise<{ id: string; createdAt: Date; repeated?: boolean }>;
  /** The submission this learner already recorded under a request id (lib/db findScenarioSubmissionByRequest). */
  findByRequest?: (learnerId: string, requestId: string) => Promise<StoredSubmission | null>;
  grade?: (scenario: Scenario, definition: string) => Promise<BoundedVerdict>;
}

export interface StoredSubmission {
  id: string;
  createdAt: Date;
  definition: string;
  verdict: Verdict;
}

const REUSED_REQUEST: SubmitResult = {
  status: 'invalid',
  fieldErrors: { requestId: ['this requestId was already used for a different definition'] },
  message: 'The submission could not be recorded.',
};

/** A repeat of a recorded request: its stored verdict, saying it is a repeat, or a refusal when the id came with another definition. */
function repeatResult(stored: StoredSubmission, definition: string): SubmitResult {
  if (stored.definition !== definition) return REUSED_REQUEST;
  return { status: 'graded', submissionId: stored.id, createdAt: stored.createdAt.toISOString(), verdict: publicVerdict(stored.verdict), repeated: true };
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
  const { scenarioId, definition, requestId } = parsed.data;
  const scenario = deps.scenario(scenarioId);
  if (!scenario) return { status: 'invalid', fieldErrors: { scenarioId: ['no scenario has this id'] }, message: 'The submission could not be graded.' };

  // A repeated request is answered from the row already stored, before grading: a retry spends no grading run.
  const find = requestId ? deps.findByRequest : undefined;
  if (requestId && find) {
    try {
      const stored = await find(await deps.learnerId(), requestId);
      if (stored) return repeatResult(stored, definition);
    } catch (error) {
      if (error instanceof GuestLimitError) return { status: 'error', message: error.message };
      console.error('looking up a repeated scenario submission failed', error);
      return { status: 'error', message: 'Your submission could not be graded. Please try again.' };
    }
  }

  const graded = await (deps.grade ?? gradeBounded)(scenario, definition);
  const verdict = graded.ok ? graded.verdict : stoppedVerdict(scenario, `Grading was stopped: ${graded.message}`, graded.ms);
  try {
    const learnerId = await deps.learnerId();
    const row = await deps.record({ learnerId, scenarioId, definition, verdict, ...(requestId ? { requestId } : {}) });
    if (row.repeated && requestId && find) {
      // The same request arrived twice at once: both were graded, one row was written; both answer its verdict.
      const stored = await find(learnerId, requestId);
      if (stored) return repeatResult(stored, definition);
    }
    return { status: 'graded', submissionId: row.id, createdAt: row.createdAt.toISOString(), verdict: publicVerdict(verdict) };
  } catch (error) {
    // Too many new guests from this network: say so (and when to retry) instead of a vague failure.
    if (error instanceof GuestLimitError) return { status: 'error', message: error.message };
    console.error('recording a scenario submission failed', error);
    return { status: 'error', message: 'Your submission was graded but could not be saved. Please try again.' };
  }
}
