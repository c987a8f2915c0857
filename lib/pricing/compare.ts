// The exam's cost trap in numbers: the same workload as an inline Map in a Standard workflow (every inner
// state of every iteration is a billed transition), as a Distributed Map whose batched EXPRESS children pay
// per request + duration, and as Lambda reading SQS batches. Each design is priced by the same costOf, so
// a quiz built on these figures agrees with the sandbox.

import type { ExecutionResult } from '../engine/types';
import { emptyUsage } from './distributed-map';
import { PricingError, requireNonNegativeInteger, requireNonNegativeNumber } from './errors';
import { billedDurationMs } from './express';
import { lambdaMbMs } from './lambda';
import { formatCount } from './money';
import { breakdownForUsage, costOf, projectMonthly, withExtraUsage } from './cost';
import type { CostBreakdown, Usage } from './types';

export interface MapWorkload {
  /** Items one run processes. */
  items: number;
  /** States each item passes through (the inline Map's iterator, or one child's states). */
  statesPerItem: number;
  /** Parent states outside the items' work, the Map state itself included (e.g. 2: Map + a final Pass). */
  parentStates: number;
  /** Extra transitions per run from retries inside the iterations (each retry is a billed transition). */
  retriesPerRun?: number;
  /** Work time per item, ms (one Lambda call per item, or part of a batch). */
  itemDurationMs: number;
  /** ItemBatcher MaxItemsPerBatch for the Distributed Map. */
  batchSize: number;
  /** Billed memory of an Express child, MB (default: the 64 MB minimum chunk). */
  childMemoryMb?: number;
  /** Memory of the worker Lambda, MB (default 128). */
  lambdaMemoryMb?: number;
  /** Messages per Lambda invocation for Lambda + SQS (default 10, SQS's standard batch size). */
  sqsBatchSize?: number;
  /** Include the worker Lambda in every design (default true); false prices orchestration only. */
  includeWorkerLambda?: boolean;
  runsPerMonth?: number;
  region?: string;
}

export type DesignId = 'inline-map' | 'distributed-map-express' | 'lambda-sqs';

export interface DesignCost {
  design: DesignId;
  title: string;
  summary: string;
  perRun: CostBreakdown;
  monthly?: CostBreakdown;
}

export interface MapDesignComparison {
  workload: Required<Omit<MapWorkload, 'region' | 'runsPerMonth' | 'retriesPerRun'>> & {
    region: string;
    runsPerMonth?: number;
    retriesPerRun: number;
  };
  designs: DesignCost[];
  cheapest: DesignId;
  /** One line a learner can read: the trap, the remedy, the factor. */
  verdict: string;
  notes: string[];
}

export function compareMapDesigns(input: MapWorkload): MapDesignComparison {
  const w = normalise(input);
  const lambdaOn = w.includeWorkerLambda;

  // 1. Inline Map, Standard: every iteration's states are transitions in the parent.
  const inlineTransitions = w.parentStates + w.items * w.statesPerItem + w.retriesPerRun;
  const inlineResult = syntheticResult(inlineTransitions, {
    ...(w.parentStates > 0 ? { 'Parent states (Map state included)': w.parentStates } : {}),
    [`Inner states x ${formatCount(w.items)} iterations`]: w.items * w.statesPerItem,
    ...(w.retriesPerRun > 0 ? { 'Retries inside iterations': w.retriesPerRun } : {}),
  });
  let inline = costOf(inlineResult, { type: 'STANDARD', region: w.region });
  if (lambdaOn) inline = withExtraUsage(inline, lambdaUsage(w.items, 1, w), `Worker Lambda: ${formatCount(w.items)} invocations of ${w.itemDurationMs} ms.`);

  // 2. Distributed Map with ItemBatcher and EXPRESS children; the parent stays Standard.
  const fullBatches = Math.floor(w.items / w.batchSize);
  const rest = w.items % w.batchSize;
  const children = fullBatches + (rest > 0 ? 1 : 0);
  const billedMs =
    fullBatches * billedDurationMs(w.batchSize * w.itemDurationMs) + (rest > 0 ? billedDurationMs(rest * w.itemDurationMs) : 0);
  const dmResult = syntheticResult(w.parentStates, w.parentStates > 0 ? { 'Parent states (Map state included)': w.parentStates } : {});
  let distributed = costOf(dmResult, {
    type: 'STANDARD',
    region: w.region,
    childExecutions: [
      {
        mapStateName: 'DistributedMap',
        type: 'EXPRESS',
        count: children,
        items: w.items,
        totalTransitions: children * w.statesPerItem + w.retriesPerRun,
        totalDurationMs: w.items * w.itemDurationMs,
        totalBilledDurationMs: billedMs,
      },
    ],
    childMemoryMb: w.childMemoryMb,
  });
  if (lambdaOn) {
    distributed = withExtraUsage(
      distributed,
      batchedLambdaUsage(w.items, w.batchSize, w),
      `Worker Lambda: one invocation per batch (${formatCount(children)}), each handling up to ${w.batchSize} items.`,
    );
  }

  // 3. Lambda + SQS: no state machine; Lambda pulls batches of messages.
  const sqsInvocations = Math.ceil(w.items / w.sqsBatchSize);
  const lambdaSqs = breakdownForUsage(batchedLambdaUsage(w.items, w.sqsBatchSize, w), {
    region: w.region,
    notes: [
      `${formatCount(sqsInvocations)} Lambda invocations, up to ${w.sqsBatchSize} messages each.`,
      'SQS request charges are not included: they are not on the facts sheet this model is held to.',
    ],
  });

  const designs: DesignCost[] = [
    {
      design: 'inline-map',
      title: 'Inline Map in a Standard workflow',
      summary: `${formatCount(inlineTransitions)} state transitions a run: ${formatCount(w.items)} iterations × ${w.statesPerItem} states${w.retriesPerRun ? ` + ${w.retriesPerRun} retries` : ''} + ${w.parentStates} parent states.`,
      perRun: inline,
    },
    {
      design: 'distributed-map-express',
      title: `Distributed Map, batches of ${w.batchSize}, Express children`,
      summary: `${w.parentStates} parent transitions + ${formatCount(children)} Express child requests with ${formatCount(billedMs)} billed ms in total.`,
      perRun: distributed,
    },
    {
      design: 'lambda-sqs',
      title: 'Lambda reading SQS batches',
      summary: `${formatCount(sqsInvocations)} Lambda invocations; no orchestration charge (and no visual workflow or per-item history).`,
      perRun: lambdaSqs,
    },
  ];
  if (w.runsPerMonth !== undefined) {
    for (const design of designs) design.monthly = projectMonthly(design.perRun, w.runsPerMonth);
  }

  const basis = (d: DesignCost): number => (d.monthly ?? d.perRun).totalUsd;
  const cheapest = [...designs].sort((a, b) => basis(a) - basis(b))[0] as DesignCost;
  const [inlineDesign, dmDesign] = designs as [DesignCost, DesignCost, DesignCost];
  const per = w.runsPerMonth !== undefined ? 'a month' : 'a run';
  const factor = basis(dmDesign) > 0 ? basis(inlineDesign) / basis(dmDesign) : Infinity;
  const verdict =
    `Inline Map: ${(inlineDesign.monthly ?? inlineDesign.perRun).total} ${per} for ${formatCount(inlineTransitions)} transitions a run; ` +
    `batched Distributed Map with Express children: ${(dmDesign.monthly ?? dmDesign.perRun).total} ${per}` +
    (Number.isFinite(factor) ? ` (${formatFactor(factor)} ${factor >= 1 ? 'cheaper' : 'dearer'})` : '') +
    `; Lambda + SQS: ${(designs[2] as DesignCost).monthly?.total ?? lambdaSqs.total} ${per} before SQS charges.`;

  return {
    workload: w,
    designs,
    cheapest: cheapest.design,
    verdict,
    notes: [
      'Inline Map iterations are transitions of the parent Standard workflow; Distributed Map children are separate executions billed by their own type.',
      'Express children are billed per request and per 100 ms × 64 MB chunk, whatever the number of states inside them.',
    ],
  };
}

function normalise(w: MapWorkload): MapDesignComparison['workload'] {
  const items = requireNonNegativeInteger(w.items, ['workload', 'items']);
  const batchSize = requireNonNegativeInteger(w.batchSize, ['workload', 'batchSize']);
  if (batchSize < 1) throw new PricingError('INVALID_OPTION', 'workload.batchSize must be at least 1', ['workload', 'batchSize']);
  const sqsBatchSize = requireNonNegativeInteger(w.sqsBatchSize ?? 10, ['workload', 'sqsBatchSize']);
  if (sqsBatchSize < 1) throw new PricingError('INVALID_OPTION', 'workload.sqsBatchSize must be at least 1', ['workload', 'sqsBatchSize']);
  return {
    items,
    statesPerItem: requireNonNegativeInteger(w.statesPerItem, ['workload', 'statesPerItem']),
    parentStates: requireNonNegativeInteger(w.parentStates, ['workload', 'parentStates']),
    retriesPerRun: requireNonNegativeInteger(w.retriesPerRun ?? 0, ['workload', 'retriesPerRun']),
    itemDurationMs: requireNonNegativeNumber(w.itemDurationMs, ['workload', 'itemDurationMs']),
    batchSize,
    childMemoryMb: requireNonNegativeNumber(w.childMemoryMb ?? 64, ['workload', 'childMemoryMb']),
    lambdaMemoryMb: requireNonNegativeNumber(w.lambdaMemoryMb ?? 128, ['workload', 'lambdaMemoryMb']),
    sqsBatchSize,
    includeWorkerLambda: w.includeWorkerLambda ?? true,
    region: w.region ?? 'us-east-1',
    ...(w.runsPerMonth !== undefined ? { runsPerMonth: requireNonNegativeInteger(w.runsPerMonth, ['workload', 'runsPerMonth']) } : {}),
  };
}

function syntheticResult(transitions: number, byState: Record<string, number>): ExecutionResult {
  return {
    status: 'SUCCEEDED',
    events: [],
    billing: { stateTransitions: transitions, durationMs: 0, historyEvents: 0, transitionsByState: byState },
  };
}

function lambdaUsage(invocations: number, itemsEach: number, w: MapDesignComparison['workload']): Usage {
  const usage = emptyUsage();
  usage.lambdaRequests = BigInt(invocations);
  usage.lambdaMbMs = BigInt(invocations) * lambdaMbMs(w.lambdaMemoryMb, itemsEach * w.itemDurationMs);
  return usage;
}

function batchedLambdaUsage(items: number, batch: number, w: MapDesignComparison['workload']): Usage {
  const full = Math.floor(items / batch);
  const rest = items % batch;
  const usage = lambdaUsage(full, batch, w);
  if (rest > 0) {
    usage.lambdaRequests += 1n;
    usage.lambdaMbMs += lambdaMbMs(w.lambdaMemoryMb, rest * w.itemDurationMs);
  }
  return usage;
}

function formatFactor(factor: number): string {
  const f = factor >= 1 ? factor : 1 / factor;
  return f >= 10 ? `${Math.round(f).toLocaleString('en-US')}×` : `${f.toFixed(1)}×`;
}
