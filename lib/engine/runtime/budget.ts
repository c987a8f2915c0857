// The wall-clock budget of a run: real time, unlike the virtual clock, so a definition that makes the
// engine work hard (a huge Map, a slow expression) ends with a clear failure instead of holding a thread.
// The engine checks it between steps; an evaluation that cannot be interrupted (a native regular expression
// inside JSONata, `$..*` over a deep input) is stopped from outside by terminating the worker the run is in,
// a little after the engine's own budget (BUDGET_GRACE), so the engine's clearer message normally wins.

import { STATES_ERRORS } from '../asl/errors';

/** Default budgets by where the run happens: every caller reads this one table (issue 14). */
export const WALL_CLOCK_BUDGET_MS = {
  /** `sfn run` / `sfn test`: a person at a terminal (`--budget <seconds>` changes it). */
  cli: 30_000,
  /** Runs the server does for a request (grading a submission). */
  server: 10_000,
  /** The sandbox's run worker in the browser. */
  browser: 15_000,
} as const;

export type BudgetSite = keyof typeof WALL_CLOCK_BUDGET_MS;

/** How long past the engine's budget the worker is terminated from outside. */
export function outerBudgetMs(budgetMs: number): number {
  return budgetMs + Math.min(5_000, Math.max(500, Math.round(budgetMs * 0.1)));
}

/** The real-time clock the budget is measured on (StartOptions.wallClock overrides it in tests). */
export const realClock = (): number => Date.now();

export function budgetText(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${+(ms / 1000).toFixed(1)} s`;
}

/** How every budget stop's cause begins (the CLI and the sandbox recognise it). */
export const BUDGET_CAUSE_PREFIX = 'The run used up its wall-clock budget';

export function isBudgetStop(result: { error?: string; cause?: string }): boolean {
  return result.error === STATES_ERRORS.Runtime && result.cause !== undefined && result.cause.startsWith(BUDGET_CAUSE_PREFIX);
}
