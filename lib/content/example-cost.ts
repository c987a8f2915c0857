// What an example costs, for <Cost/> and <CostValue/>: run it once with the engine, price the run with
// lib/pricing, and project a month. Every dollar figure in a lesson comes from here, at build time.
import { costOf, projectMonthly, type CostBreakdown } from '../pricing';
import { formatCount } from '../pricing/money';
import { runExample, type ExampleRun, type ExampleSpec } from './run-example';

/** The single figures <CostValue field="…"/> can show. */
export const COST_FIELDS = ['transitions', 'perRunUsd', 'monthlyUsd', 'monthlyTransitions'] as const;
export type CostField = (typeof COST_FIELDS)[number];

export interface ExampleCost {
  run: Extract<ExampleRun, { ok: true }>;
  perRun: CostBreakdown;
  /** Present when runsPerMonth was given. */
  monthly?: CostBreakdown;
  runsPerMonth?: number;
}

export type PricedExample = { ok: true; cost: ExampleCost } | { ok: false; message: string };

export interface PriceOptions {
  runsPerMonth?: number;
  /** Apply the monthly free tiers to the month (default true, as AWS bills). */
  freeTier?: boolean;
}

export async function priceExample(spec: ExampleSpec, options: PriceOptions & { signal?: AbortSignal } = {}): Promise<PricedExample> {
  const run = await runExample(spec, options.signal ? { signal: options.signal } : {});
  if (!run.ok) {
    return {
      ok: false,
      message: run.stage === 'definition' ? `the definition is invalid: ${run.diagnostics.map((d) => `${d.path.join('.') || '(root)'}: ${d.message}`).join('; ')}` : run.message,
    };
  }
  return priceRun(run, options);
}

/** Prices a finished run, and a month of such runs when runsPerMonth is given. */
export function priceRun(run: Extract<ExampleRun, { ok: true }>, options: PriceOptions = {}): PricedExample {
  try {
    const perRun = costOf(run.result, { type: run.type, definition: run.definitionText });
    const cost: ExampleCost = { run, perRun };
    if (options.runsPerMonth !== undefined) {
      cost.runsPerMonth = options.runsPerMonth;
      cost.monthly = projectMonthly(perRun, options.runsPerMonth, { freeTier: options.freeTier ?? true });
    }
    return { ok: true, cost };
  } catch (e) {
    return { ok: false, message: `the run could not be priced: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** One figure of a priced example as display text ("3,002", "$0.07505"), or why it cannot be shown. */
export function costFigure(cost: ExampleCost, field: CostField): { ok: true; text: string } | { ok: false; message: string } {
  switch (field) {
    case 'transitions':
      return { ok: true, text: formatCount(cost.perRun.stateTransitions) };
    case 'perRunUsd':
      return { ok: true, text: cost.perRun.total };
    case 'monthlyUsd':
      return cost.monthly ? { ok: true, text: cost.monthly.total } : { ok: false, message: 'field="monthlyUsd" needs runsPerMonth' };
    case 'monthlyTransitions':
      return cost.monthly ? { ok: true, text: formatCount(cost.monthly.stateTransitions) } : { ok: false, message: 'field="monthlyTransitions" needs runsPerMonth' };
  }
}
