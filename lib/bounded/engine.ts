// Running one execution in a bounded worker: the engine's budget (checked between steps) plus the worker's
// termination a little later (outerBudgetMs) for an evaluation that never returns.

import { outerBudgetMs } from '../engine/runtime/budget';
import { runBounded } from './run';
import type { BoundedResult } from './types';
import type { EngineRunRequest, EngineRunResponse, EngineRunWire } from './engine-types';
import { stringifyAnyDepth } from '../engine/json-text';

export type { EngineRunRequest, EngineRunResponse, PlainStartOptions } from './engine-types';

export interface EngineBudget {
  /** The run's wall-clock budget (WALL_CLOCK_BUDGET_MS has the defaults for each caller). */
  budgetMs: number;
  /** Heap cap of the worker in MiB (default 256). */
  maxHeapMb?: number;
}

export function runEngineBounded(request: EngineRunRequest, budget: EngineBudget): Promise<BoundedResult<EngineRunResponse>> {
  const options = { ...request.options, wallClockBudgetMs: request.options?.wallClockBudgetMs ?? budget.budgetMs };
  const { input, ...rest } = request;
  const wire: EngineRunWire = { ...rest, options, inputText: stringifyAnyDepth(input) };
  return runBounded<EngineRunResponse>('engine-run', wire, {
    timeoutMs: outerBudgetMs(budget.budgetMs),
    ...(budget.maxHeapMb !== undefined ? { maxHeapMb: budget.maxHeapMb } : {}),
  });
}
