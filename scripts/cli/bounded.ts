// Every execution the CLI starts runs in a bounded worker (lib/bounded): the engine stops a run that uses
// up its wall-clock budget between steps, and the worker is terminated from outside when one evaluation
// never returns (a backtracking regular expression in JSONata, `$..*` over a very deep input), so a
// definition can never hang the terminal. `--budget <seconds>` changes the default.

import { runEngineBounded, type EngineRunRequest, type EngineRunResponse } from '../../lib/bounded';
import { WALL_CLOCK_BUDGET_MS } from '../../lib/engine';
import { isBudgetStop } from '../../lib/engine';
import type { ExecutionResult } from '../../lib/engine';
import type { Flags } from './simulate';

export const BUDGET_USAGE = '[--budget <seconds>]';

/** The budget in ms from --budget (seconds, fractions allowed), or the CLI's default. */
export function budgetFrom(flags: Flags): number | Error {
  const value = flags.budget;
  if (value === undefined) return WALL_CLOCK_BUDGET_MS.cli;
  const seconds = typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 24 * 3600) {
    return new Error(`--budget must be a number of seconds between 0 and 86400, not ${value === true ? '(nothing)' : value}`);
  }
  return Math.round(seconds * 1000);
}

function seconds(ms: number): string {
  return `${+(ms / 1000).toFixed(3)} s`;
}

export type CliRun = { ok: true; response: EngineRunResponse } | { ok: false; message: string };

/** Runs one execution in a bounded worker; a run the worker could not finish becomes a message for stderr. */
export async function runExecution(request: EngineRunRequest, budgetMs: number): Promise<CliRun> {
  const outcome = await runEngineBounded(request, { budgetMs });
  if (outcome.ok) return { ok: true, response: outcome.value };
  const where = outcome.lastReport !== undefined ? ` in state '${outcome.lastReport}'` : '';
  if (outcome.reason === 'timeout') {
    return {
      ok: false,
      message:
        `The run was stopped${where}: one evaluation did not return within the wall-clock budget of ${seconds(budgetMs)} ` +
        `(for example a regular expression that backtracks, or a JSONata expression over a very deep input). ` +
        `Use --budget <seconds> to allow more time.`,
    };
  }
  if (outcome.reason === 'memory') return { ok: false, message: `The run was stopped${where}: ${outcome.message} The definition builds values too large to hold.` };
  return { ok: false, message: `The run crashed${where}: ${outcome.message}` };
}

/** A note for stderr when the engine's own budget check ended the run (the result itself says why). */
export function budgetNote(result: ExecutionResult): string | undefined {
  return isBudgetStop(result) ? `The run used up its wall-clock budget (--budget <seconds> to allow more time): ${result.cause}` : undefined;
}
