// Grading on the server and in the CLI: the scenario's cases against an untrusted definition, within limits
// (the definition and payload quotas AWS has, a transition cap per case, a wall-clock limit per submission).
import { grade, type GradeOptions, type Verdict } from '../grading';
import type { Scenario } from '../content/scenario-parse';

/** The limits of one submission's grading. */
export const SERVER_GRADING_LIMITS = {
  /** Wall-clock budget of a whole submission (every case). */
  timeoutMs: 10_000,
  /** Heap cap of the grading worker. */
  maxHeapMb: 256,
  /** State transitions per case, at most (a scenario may set fewer). */
  maxTransitions: 5_000,
} as const;

export type GradingStop = 'timeout' | 'memory' | 'crashed';

export type BoundedVerdict = { ok: true; verdict: Verdict } | { ok: false; reason: GradingStop; message: string; ms: number };

export interface BoundedGradeOptions {
  only?: GradeOptions['only'];
  timeoutMs?: number;
}

/** Grades in a bounded run; answers a value, never throws for anything the definition does. */
export async function gradeBounded(scenario: Scenario, definition: string, options: BoundedGradeOptions = {}): Promise<BoundedVerdict> {
  const started = Date.now();
  try {
    const verdict = await grade(scenario, definition, {
      maxTransitions: SERVER_GRADING_LIMITS.maxTransitions,
      ...(options.only ? { only: options.only } : {}),
    });
    return { ok: true, verdict };
  } catch (e) {
    return { ok: false, reason: 'crashed', message: `Grading failed: ${e instanceof Error ? e.message : String(e)}`, ms: Date.now() - started };
  }
}
