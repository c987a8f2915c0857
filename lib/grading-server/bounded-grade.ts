// Grading on the server and in the CLI: the scenario's cases against an untrusted definition, within limits:
// the definition and payload quotas AWS has (lib/grading and the engine), a transition cap per case, and a
// wall-clock limit per submission enforced from outside by a worker thread that is terminated (lib/bounded).
import { runBounded, type BoundedWorkerKind } from '../bounded';
import { keepStandby } from '../bounded/standby';
import { getScenario } from '../content/scenarios';
import type { Scenario } from '../content/scenario-parse';
import { outerBudgetMs, WALL_CLOCK_BUDGET_MS, type BudgetSite } from '../engine';
import type { GradeOptions, Verdict } from '../grading';
import type { GradeWorkerInput } from './worker-entry';

/** The limits of one submission's grading. */
export const SERVER_GRADING_LIMITS = {
  /** Heap cap of the grading worker. */
  maxHeapMb: 256,
  /** State transitions per case, at most (a scenario may set fewer). */
  maxTransitions: 5_000,
} as const;

export type GradingStop = 'timeout' | 'memory' | 'crashed';

export type BoundedVerdict = { ok: true; verdict: Verdict; worker?: BoundedWorkerKind } | { ok: false; reason: GradingStop; message: string; ms: number };

export interface BoundedGradeOptions {
  only?: GradeOptions['only'];
  /** Whose budget applies (WALL_CLOCK_BUDGET_MS): the server's by default, the CLI's for `npm run grade`. */
  site?: Extract<BudgetSite, 'server' | 'cli'>;
  /** Overrides the site's budget (tests). */
  budgetMs?: number;
}

function seconds(ms: number): string {
  return `${+(ms / 1000).toFixed(1)} s`;
}

/** The scenario whose reference solution warms a standby grading worker: built-in content, no user data. */
export const WARM_UP_SCENARIO_ID = 'five-step-pipeline';

/**
 * Keeps a warmed standby grading worker ready (lib/bounded/standby.ts), so a submission is graded without
 * paying for the JIT and the QuickJS compile of a cold isolate (issue 12: under 100 ms). Each submission
 * still gets a worker of its own, terminated afterwards. Idempotent; called when the server starts
 * (instrumentation.ts) and by every server grading. STEPWISE_BOUNDED_STANDBY=0 turns it off.
 */
export function keepGradingStandby(): void {
  if (process.env.STEPWISE_BOUNDED_STANDBY === '0') return;
  const scenario = getScenario(WARM_UP_SCENARIO_ID);
  if (!scenario) return;
  const budgetMs = WALL_CLOCK_BUDGET_MS.server;
  keepStandby(
    'grade',
    (): GradeWorkerInput => ({ scenario, definition: scenario.solution, maxTransitions: SERVER_GRADING_LIMITS.maxTransitions, budgetMs }),
    { maxHeapMb: SERVER_GRADING_LIMITS.maxHeapMb },
  );
}

/** Grades in a bounded worker; answers a value, never throws or hangs for anything the definition does. */
export async function gradeBounded(scenario: Scenario, definition: string, options: BoundedGradeOptions = {}): Promise<BoundedVerdict> {
  const budgetMs = options.budgetMs ?? WALL_CLOCK_BUDGET_MS[options.site ?? 'server'];
  const input: GradeWorkerInput = { scenario, definition, maxTransitions: SERVER_GRADING_LIMITS.maxTransitions, budgetMs, ...(options.only ? { only: options.only } : {}) };
  const r = await runBounded<Verdict>('grade', input, { timeoutMs: outerBudgetMs(budgetMs), maxHeapMb: SERVER_GRADING_LIMITS.maxHeapMb });
  // After the run, so a first warm-up never competes with it. The CLI grades once and exits: no standby.
  if ((options.site ?? 'server') === 'server') keepGradingStandby();
  if (r.ok) return { ok: true, verdict: r.value, ...(r.worker ? { worker: r.worker } : {}) };
  const during = r.lastReport ? ` (while running ${r.lastReport})` : '';
  const message =
    r.reason === 'timeout'
      ? `it ran past the ${seconds(budgetMs)} a submission may take${during}, and was stopped. Something in the definition may never finish, such as an expression that loops.`
      : r.reason === 'memory'
        ? `it needed more than the ${SERVER_GRADING_LIMITS.maxHeapMb} MB a submission may use${during}, and was stopped.`
        : `the grader failed${during}: ${r.message}`;
  return { ok: false, reason: r.reason, message, ms: r.ms };
}
