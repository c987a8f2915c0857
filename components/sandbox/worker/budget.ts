// How long one run may take in the browser. The engine checks this budget between steps and ends the run
// with a failure that names the state it reached; an evaluation that never returns (a catastrophic regular
// expression inside JSONata) is stopped from outside instead, by terminating the run worker a little later
// (outerBudgetMs). Nothing a definition says holds the worker past that (issue 14); a shared link that runs
// on open stops there too. The default is the engine's table, read by the CLI and the server as well.
import { outerBudgetMs, WALL_CLOCK_BUDGET_MS } from '../../../lib/engine/budget';

export const BROWSER_RUN_BUDGET_MS: number = WALL_CLOCK_BUDGET_MS.browser;

/** When the page terminates the run worker for a run with this budget. */
export const terminateAfterMs = (budgetMs: number): number => outerBudgetMs(budgetMs);
