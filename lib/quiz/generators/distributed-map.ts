// Inline versus Distributed Map, ItemBatcher, and Express children under a Standard parent. Distributed Map
// children are executions of their own, billed by their own type; ItemBatcher puts many items in one child.

import type { ExecutionResult, StateDefinition } from '../../engine/types';
import { costOf, type CostBreakdown } from '../../pricing';
import { addUsage, billedDurationMs, ceilDiv, duration, EXPRESS_LIMIT_MS, expressUsage, n, priceMonth, standardMonthly, transitionsUsage } from '../cost-math';
import { lambdaTask, machine, mapState, ordersInput, passState, passSteps, stepNames } from '../machines';
import type { DesignSpec, MachineSpec } from '../types';
import { formatUsdNumber } from '../units';
import { defineGenerator, monthlyCostCheck, step, transitionsCheck, usdStep } from './define';
import { linesWorking } from './express';
import { distinctWrong } from './free-tier';

interface BatchPlan {
  items: number;
  batch: number;
  children: number;
  /** Billed ms of all children together: each child rounded up to 100 ms on its own. */
  billedMs: number;
  /** Unrounded ms of all children together. */
  rawMs: number;
  /** Longest child, ms. */
  longestMs: number;
}

/** Children of a batched Map Run whose work takes `msPerItem` for each item of its batch. */
export function batchPlan(items: number, batch: number, msPerItem: number, fixedMs = 0): BatchPlan {
  const full = Math.floor(items / batch);
  const rest = items % batch;
  const fullMs = fixedMs + batch * msPerItem;
  const restMs = fixedMs + rest * msPerItem;
  return {
    items,
    batch,
    children: full + (rest > 0 ? 1 : 0),
    billedMs: full * billedDurationMs(fullMs) + (rest > 0 ? billedDurationMs(restMs) : 0),
    rawMs: full * fullMs + (rest > 0 ? restMs : 0),
    longestMs: full > 0 ? fullMs : restMs,
  };
}

/** Parent: a Distributed Map over the orders (then Report); each child runs ProcessBatch then `extra` Pass states. */
function distributedMachine(options: { executionType: 'STANDARD' | 'EXPRESS'; batch?: number; extra: number; task?: string }) {
  const inner: [string, StateDefinition][] = [
    [options.task ?? 'ProcessBatch', lambdaTask(options.batch ? 'process-batch' : 'process-order', { ResultPath: null })],
    ...passSteps(stepNames(options.extra, 2)),
  ];
  return machine([
    ['ProcessOrders', mapState(inner, { mode: 'DISTRIBUTED', executionType: options.executionType, ...(options.batch ? { batchSize: options.batch } : {}), resultPath: null })],
    ['Report', passState()],
  ]);
}

function inlineMachine(extra: number) {
  return machine([
    ['ProcessOrders', mapState([['ProcessOrder', lambdaTask('process-order', { ResultPath: null })], ...passSteps(stepNames(extra, 2))], { mode: 'INLINE', resultPath: null })],
    ['Report', passState()],
  ]);
}

function expressChildrenMonth(parentTransitions: number, plan: BatchPlan, runs: number): CostBreakdown {
  return priceMonth(
    addUsage(transitionsUsage(parentTransitions * runs), expressUsage(plan.children * runs, 0, 0), { ...expressUsage(0, 0, 0), expressMbMs: BigInt(plan.billedMs) * 64n * BigInt(runs) }),
  );
}

export const inlineVsDistributedCheapest = defineGenerator({
  id: 'inline-vs-distributed-cheapest',
  description: 'Inline Map, Distributed Map with Standard children, or with batched Express children: which is cheapest?',
  kind: 'designs',
  params: {
    items: { label: 'Orders per run', values: [200, 400, 600, 1000] },
    inner: { label: 'States per item', min: 2, max: 4 },
    batch: { label: 'MaxItemsPerBatch', values: [20, 50, 100, 200] },
    msPerItem: { label: 'Work per order (ms)', values: [50, 200, 500, 1000, 2000] },
    runs: { label: 'Runs a month', values: [1000, 10_000, 50_000] },
  },
  build({ items, inner, batch, msPerItem, runs }) {
    const extra = inner - 1;
    const plan = batchPlan(items, batch, msPerItem);
    const inlineT = 2 + items * inner;
    const standardChildrenT = 2 + plan.children * inner;
    const inline = standardMonthly(inlineT, runs);
    const stdChildren = standardMonthly(standardChildrenT, runs);
    const expressFits = plan.longestMs <= EXPRESS_LIMIT_MS;
    const express = expressChildrenMonth(2, plan, runs);
    const taskInline = { ProcessOrder: { durationMs: msPerItem } };
    const taskBatch = { ProcessBatch: { durationMsPerItem: msPerItem } };
    const spec = (definition: MachineSpec['definition'], tasks: MachineSpec['tasks'], checks: MachineSpec['checks']): MachineSpec => ({
      definition,
      input: ordersInput(items),
      type: 'STANDARD',
      ...(tasks ? { tasks } : {}),
      checks,
    });
    const childCount = (expected: number) => ({ what: 'child executions', expected, actual: (r: Parameters<MachineSpec['checks'][number]['actual']>[0]) => r.billing.childExecutions?.[0]?.count ?? 0 });
    const designs: DesignSpec[] = [
      {
        title: 'Inline Map in the Standard workflow',
        description: `Each order runs ${inner} states inside the parent: ${n(inlineT)} transitions a run.`,
        machine: spec(inlineMachine(extra), taskInline, [transitionsCheck(inlineT), monthlyCostCheck(inline.totalUsd, runs)]),
        monthlyUsd: inline.totalUsd,
        monthlyDisplay: inline.total,
        explanation: `${n(inlineT)} transitions a run (2 parent states + ${n(items)} × ${inner}) × ${n(runs)} runs, less the free tier = ${inline.total}.`,
        mistake: 'map-inner-states-not-counted',
      },
      {
        title: `Distributed Map, batches of ${batch}, Standard children`,
        description: `${n(plan.children)} Standard child executions of ${inner} states each.`,
        machine: spec(distributedMachine({ executionType: 'STANDARD', batch, extra }), taskBatch, [
          childCount(plan.children),
          { what: 'parent + children transitions', expected: standardChildrenT, actual: (r) => r.billing.stateTransitions + (r.billing.childExecutions?.[0]?.totalTransitions ?? 0) },
          monthlyCostCheck(stdChildren.totalUsd, runs),
        ]),
        monthlyUsd: stdChildren.totalUsd,
        monthlyDisplay: stdChildren.total,
        explanation: `2 parent transitions + ${n(plan.children)} children × ${inner} states = ${n(standardChildrenT)} transitions a run, × ${n(runs)} runs, less the free tier = ${stdChildren.total}.`,
      },
      {
        title: `Distributed Map, batches of ${batch}, Express children`,
        description: `${n(plan.children)} Express child executions, each working ${duration(plan.longestMs)} at 64 MB.`,
        machine: spec(distributedMachine({ executionType: 'EXPRESS', batch, extra }), taskBatch, [
          // A Map Run stops at its first child failure (no tolerated failures), so only a fitting design starts them all.
          ...(expressFits ? [childCount(plan.children)] : []),
          succeededCheckFor(expressFits),
          ...(expressFits ? [monthlyCostCheck(express.totalUsd, runs, { childMemoryMb: 64 })] : []),
        ]),
        monthlyUsd: expressFits ? express.totalUsd : null,
        monthlyDisplay: expressFits ? express.total : 'fails',
        explanation: expressFits
          ? `2 parent transitions a run, plus ${n(plan.children * runs)} Express requests and ${n(plan.billedMs * runs)} billed ms × 64 MB a month = ${express.total}.`
          : `A batch takes ${n(plan.longestMs / 1000)} s, past the 5-minute limit of an Express execution: the children time out and the Map Run fails.`,
        ...(expressFits ? {} : { mistake: 'wrong-time-limit' as const }),
      },
    ];
    return {
      kind: 'designs',
      prompt:
        `Each run processes ${n(items)} orders; the work on one order takes ${n(msPerItem)} ms and ${inner} states. ` +
        `The workflow runs ${n(runs)} times a month in us-east-1, and Express children are billed at 64 MB. Which design costs least a month?`,
      facts: [
        { label: 'Orders per run', value: n(items) },
        { label: 'Work per order', value: `${n(msPerItem)} ms` },
        { label: 'States per order (or per batch)', value: String(inner) },
        { label: 'Runs a month', value: n(runs) },
      ],
      runsPerMonth: runs,
      designs,
      working: [
        step('Children per run', `${n(items)} orders ÷ ${batch} per batch, rounded up`, n(plan.children)),
        step('Inline Map transitions per run', `2 + ${n(items)} × ${inner}`, n(inlineT)),
        step('Standard children transitions per run', `2 + ${n(plan.children)} × ${inner}`, n(standardChildrenT)),
        ...(expressFits ? linesWorking(express) : [step('Express child duration', `${batch} × ${n(msPerItem)} ms`, `${n(plan.longestMs)} ms > 300,000 ms`)]),
      ],
      summary:
        'Batching moves the per-item work out of the parent’s transitions; Express children then pay per request and duration, as long as a batch fits in 5 minutes.',
    };
  },
});

function succeededCheckFor(expected: boolean) {
  return { what: 'run succeeded', expected: expected ? 1 : 0, actual: (r: { status: string }) => (r.status === 'SUCCEEDED' ? 1 : 0) };
}

export const distributedStandardChildren = defineGenerator({
  id: 'distributed-standard-children',
  description: 'Billed transitions of a Distributed Map with Standard children and no batching',
  kind: 'value',
  params: {
    items: { label: 'Orders per run', values: [50, 80, 100, 150, 200, 300] },
    inner: { label: 'States per child', min: 2, max: 4 },
  },
  answerRange: { min: 102, max: 1202 },
  build({ items, inner }) {
    const definition = distributedMachine({ executionType: 'STANDARD', extra: inner - 1, task: 'ProcessOrder' });
    const answer = 2 + items * inner;
    return {
      kind: 'value',
      prompt:
        `This Standard workflow moved its inline Map to a Distributed Map with Standard children and no ItemBatcher. ` +
        `For ${n(items)} orders, how many state transitions are billed per run, the children included?`,
      facts: [
        { label: 'Orders per run', value: n(items) },
        { label: 'States per child', value: String(inner) },
        { label: 'Parent states', value: '2 (ProcessOrders, Report)' },
      ],
      unit: 'transitions',
      answer,
      tolerance: 0,
      wrong: distinctWrong(answer, 0, [
        { mistake: 'children-not-counted', value: 2 },
        { mistake: 'map-inner-states-not-counted', value: 2 + items },
        { mistake: 'execution-start-counted', value: 2 + items * (inner + 1) },
      ]),
      working: [
        step('Child transitions', `${n(items)} children × ${inner} states`, n(items * inner)),
        step('Billed per run', `${n(items * inner)} + 2 parent`, n(answer)),
      ],
      summary: 'Standard children are billed per transition like the inline Map was: a Distributed Map alone saves nothing. Batching or Express children do.',
      machines: [
        {
          definition,
          input: ordersInput(items),
          type: 'STANDARD',
          checks: [
            transitionsCheck(2, 'parent transitions per run'),
            { what: 'child transitions', expected: items * inner, actual: (r) => r.billing.childExecutions?.[0]?.totalTransitions ?? 0 },
            { what: 'billed transitions (costOf)', expected: answer, actual: (r) => Number(costOf(r).usage.standardTransitions) },
          ],
        },
      ],
    };
  },
});

export const itemBatcherChildren = defineGenerator({
  id: 'itembatcher-children',
  description: 'Child executions a Distributed Map starts with ItemBatcher',
  kind: 'value',
  params: {
    items: { label: 'Items', min: 101, max: 2499 },
    batch: { label: 'MaxItemsPerBatch', values: [10, 25, 40, 50, 100, 200, 400] },
  },
  answerRange: { min: 1, max: 250 },
  build({ items, batch }) {
    const definition = distributedMachine({ executionType: 'EXPRESS', batch, extra: 0 });
    const answer = ceilDiv(items, batch);
    return {
      kind: 'value',
      prompt: `A Distributed Map reads ${n(items)} items with ItemBatcher set to MaxItemsPerBatch ${batch}. How many child executions does it start?`,
      facts: [
        { label: 'Items', value: n(items) },
        { label: 'MaxItemsPerBatch', value: String(batch) },
      ],
      unit: 'executions',
      answer,
      tolerance: 0,
      wrong: distinctWrong(answer, 0, [
        { mistake: 'batches-rounded-down', value: Math.floor(items / batch) },
        { mistake: 'batcher-ignored', value: items },
      ]),
      working: [step('Child executions', `${n(items)} ÷ ${batch}, rounded up (the last batch may be partly filled)`, n(answer))],
      summary: 'Each child gets one batch; with Express children that is one request (and one 100 ms rounding) per batch instead of per item.',
      machines: [
        {
          definition,
          input: ordersInput(items),
          type: 'STANDARD',
          checks: [{ what: 'child executions', expected: answer, actual: (r) => r.billing.childExecutions?.[0]?.count ?? 0 }],
        },
      ],
    };
  },
});

export const itemBatcherSavings = defineGenerator({
  id: 'itembatcher-savings',
  description: 'Monthly savings from adding ItemBatcher to a Distributed Map with Express children',
  kind: 'value',
  params: {
    items: { label: 'Items per run', values: [300, 500, 1000, 2000] },
    msPerItem: { label: 'Work per item (ms)', min: 25, max: 175, step: 10 },
    batch: { label: 'MaxItemsPerBatch', values: [20, 50, 100] },
    runs: { label: 'Runs a month', values: [5000, 20_000, 50_000] },
  },
  answerRange: { min: 0.1, max: 3000 },
  build({ items, msPerItem, batch, runs }) {
    const unbatched = batchPlan(items, 1, msPerItem);
    const batched = batchPlan(items, batch, msPerItem);
    const before = expressChildrenMonth(2, unbatched, runs);
    const after = expressChildrenMonth(2, batched, runs);
    const answer = before.totalUsd - after.totalUsd;
    const requestsUsd = (plan: BatchPlan) => priceMonth(expressUsage(plan.children * runs, 0, 0)).totalUsd;
    const unroundedBefore = priceMonth(addUsage(transitionsUsage(2 * runs), expressUsage(unbatched.children * runs, 0, 0), { ...expressUsage(0, 0, 0), expressMbMs: BigInt(unbatched.rawMs) * 64n * BigInt(runs) })).totalUsd;
    const machineFor = (plan: BatchPlan, month: CostBreakdown): MachineSpec => ({
      definition: distributedMachine({ executionType: 'EXPRESS', ...(plan.batch > 1 ? { batch: plan.batch } : {}), extra: 1, task: 'Process' }),
      input: ordersInput(items),
      type: 'STANDARD',
      tasks: { Process: plan.batch > 1 ? { durationMsPerItem: msPerItem } : { durationMs: msPerItem } },
      checks: [
        { what: 'child executions', expected: plan.children, actual: (r) => r.billing.childExecutions?.[0]?.count ?? 0 },
        { what: 'children’s billed ms', expected: plan.billedMs, actual: (r) => costOf(r, { childMemoryMb: 64 }).children[0]?.billedDurationMs ?? 0 },
        monthlyCostCheck(month.totalUsd, runs, { childMemoryMb: 64 }),
      ],
    });
    return {
      kind: 'value',
      prompt:
        `A Distributed Map starts one Express child per item: ${n(items)} items a run, ${msPerItem} ms of work each, billed at 64 MB, ${n(runs)} runs a month. ` +
        `How much a month does ItemBatcher with MaxItemsPerBatch ${batch} save?`,
      facts: [
        { label: 'Items per run', value: n(items) },
        { label: 'Work per item', value: `${msPerItem} ms` },
        { label: 'Runs a month', value: n(runs) },
      ],
      unit: 'usd',
      answer,
      tolerance: 0.005,
      wrong: distinctWrong(answer, 0.005, [
        { mistake: 'duration-not-rounded', value: unroundedBefore - after.totalUsd },
        { mistake: 'requests-forgotten', value: before.totalUsd - requestsUsd(unbatched) - (after.totalUsd - requestsUsd(batched)) },
        { mistake: 'batches-rounded-down', value: requestsUsd(unbatched) - requestsUsd(batched) },
        { mistake: 'per-run-not-monthly', value: answer / runs },
      ]).filter((w) => w.value > 0),
      working: [
        step('Without batching', `${n(items)} children × ${billedDurationMs(msPerItem)} ms billed each`, `${n(unbatched.children)} requests, ${n(unbatched.billedMs)} ms a run`),
        step('With batches', `${n(batched.children)} children × ${n(batch)} items × ${msPerItem} ms, rounded up per child`, `${n(batched.children)} requests, ${n(batched.billedMs)} ms a run`),
        usdStep('A month without batching', `${n(runs)} runs`, before.totalUsd),
        usdStep('A month with batches', `${n(runs)} runs`, after.totalUsd),
        usdStep('Saving', `${before.total} − ${after.total}`, answer),
      ],
      summary: `Batching saves a request per item merged into a batch and the 100 ms rounding of every small child: ${formatUsdNumber(answer)} a month here.`,
      machines: [machineFor(unbatched, before), machineFor(batched, after)],
    };
  },
});

export const itemBatcherCheapest = defineGenerator({
  id: 'itembatcher-cheapest',
  description: 'Which batch size is cheapest for Express children, given the 5-minute limit?',
  kind: 'designs',
  params: {
    items: { label: 'Items per run', values: [1000, 2000, 4000] },
    msPerItem: { label: 'Work per item (ms)', values: [500, 1000, 2000, 3000, 4000] },
    runs: { label: 'Runs a month', values: [10_000, 50_000] },
  },
  build({ items, msPerItem, runs }) {
    const sizes = [0, 50, 100, 200];
    const designs: DesignSpec[] = sizes.map((size) => {
      const plan = batchPlan(items, Math.max(1, size), msPerItem);
      const fits = plan.longestMs <= EXPRESS_LIMIT_MS;
      const month = expressChildrenMonth(2, plan, runs);
      return {
        title: size === 0 ? 'No ItemBatcher (one child per item)' : `ItemBatcher, MaxItemsPerBatch ${size}`,
        description: `${n(plan.children)} Express children, each working ${duration(plan.longestMs)}.`,
        machine: {
          definition: distributedMachine({ executionType: 'EXPRESS', ...(size ? { batch: size } : {}), extra: 0, task: 'Process' }),
          input: ordersInput(items),
          type: 'STANDARD',
          tasks: { Process: size ? { durationMsPerItem: msPerItem } : { durationMs: msPerItem } },
          checks: [
            ...(fits ? [{ what: 'child executions', expected: plan.children, actual: (r: ExecutionResult) => r.billing.childExecutions?.[0]?.count ?? 0 }] : []),
            succeededCheckFor(fits),
            ...(fits ? [monthlyCostCheck(month.totalUsd, runs, { childMemoryMb: 64 })] : []),
          ],
        },
        monthlyUsd: fits ? month.totalUsd : null,
        monthlyDisplay: fits ? month.total : 'fails',
        explanation: fits
          ? `${n(plan.children * runs)} requests and ${n(plan.billedMs * runs)} billed ms × 64 MB a month, plus 2 parent transitions a run = ${month.total}.`
          : `Each child would work ${n(plan.longestMs / 1000)} s, longer than an Express execution may run (5 minutes): it times out.`,
        ...(fits ? {} : { mistake: 'wrong-time-limit' as const }),
      };
    });
    return {
      kind: 'designs',
      prompt:
        `A Standard workflow's Distributed Map sends ${n(items)} items a run to Express children (64 MB); each item takes ${n(msPerItem)} ms and a batch is processed item after item. ` +
        `It runs ${n(runs)} times a month. Which setting costs least and still works?`,
      facts: [
        { label: 'Items per run', value: n(items) },
        { label: 'Work per item', value: `${n(msPerItem)} ms` },
        { label: 'Express limit', value: '5 minutes per execution' },
      ],
      runsPerMonth: runs,
      designs,
      working: sizes.map((size) => {
        const plan = batchPlan(items, Math.max(1, size), msPerItem);
        return step(size ? `Batches of ${size}` : 'No batching', `${n(plan.children)} children × ${n(plan.longestMs)} ms`, plan.longestMs <= EXPRESS_LIMIT_MS ? `${n(plan.billedMs)} ms billed a run` : 'over 5 minutes');
      }),
      summary: 'Bigger batches mean fewer requests, but an Express child must finish within 5 minutes: pick the largest batch that fits.',
    };
  },
});

export const expressChildrenMonthly = defineGenerator({
  id: 'express-children-monthly',
  description: 'Monthly cost of a Standard parent whose Distributed Map runs batched Express children',
  kind: 'value',
  params: {
    items: { label: 'Items per run', values: [300, 500, 1000, 2000] },
    batch: { label: 'MaxItemsPerBatch', values: [25, 50, 100] },
    msPerItem: { label: 'Work per item (ms)', min: 10, max: 90, step: 5 },
    inner: { label: 'States per child', min: 2, max: 4 },
    runs: { label: 'Runs a month', values: [2000, 10_000, 30_000] },
  },
  answerRange: { min: 0, max: 500 },
  build({ items, batch, msPerItem, inner, runs }) {
    const plan = batchPlan(items, batch, msPerItem);
    const definition = machine([
      ['ListOrders', lambdaTask('list-orders', { ResultPath: null })],
      ['ProcessOrders', mapState([['ProcessBatch', lambdaTask('process-batch', { ResultPath: null })], ...passSteps(stepNames(inner - 1, 2))], { mode: 'DISTRIBUTED', executionType: 'EXPRESS', batchSize: batch, resultPath: null })],
      ['Report', passState()],
    ]);
    const month = expressChildrenMonth(3, plan, runs);
    const answer = month.totalUsd;
    const asStandardChildren = standardMonthly(3 + plan.children * inner, runs).totalUsd;
    const noRequests = month.totalUsd - priceMonth(expressUsage(plan.children * runs, 0, 0)).totalUsd;
    const unrounded = priceMonth(addUsage(transitionsUsage(3 * runs), expressUsage(plan.children * runs, 0, 0), { ...expressUsage(0, 0, 0), expressMbMs: BigInt(plan.rawMs) * 64n * BigInt(runs) })).totalUsd;
    return {
      kind: 'value',
      prompt:
        `A Standard workflow (ListOrders → Distributed Map → Report) sends ${n(items)} orders a run to Express children in batches of ${batch}. ` +
        `Each child runs ${inner} states and works ${msPerItem} ms per order; children are billed at 64 MB. It runs ${n(runs)} times a month. What does it cost a month?`,
      facts: [
        { label: 'Orders per run', value: n(items) },
        { label: 'MaxItemsPerBatch', value: String(batch) },
        { label: 'Work per order', value: `${msPerItem} ms` },
        { label: 'Runs a month', value: n(runs) },
      ],
      unit: 'usd',
      answer,
      tolerance: 0.005,
      wrong: distinctWrong(answer, 0.005, [
        { mistake: 'express-transitions-billed', value: asStandardChildren },
        { mistake: 'requests-forgotten', value: noRequests },
        { mistake: 'duration-not-rounded', value: unrounded },
        { mistake: 'children-not-counted', value: standardMonthly(3, runs).totalUsd },
      ]),
      working: [
        step('Children per run', `${n(items)} ÷ ${batch}, rounded up`, n(plan.children)),
        step('Billed child time per run', `each child’s ${batch} × ${msPerItem} ms rounded up to 100 ms`, `${n(plan.billedMs)} ms`),
        ...linesWorking(month),
        usdStep('Cost a month', 'parent transitions + child requests + child duration', answer),
      ],
      summary: 'The Standard parent pays only its own 3 transitions a run; the Express children pay per request and per rounded duration, never per transition.',
      machines: [
        {
          definition,
          input: ordersInput(items),
          type: 'STANDARD',
          tasks: { ProcessBatch: { durationMsPerItem: msPerItem } },
          checks: [transitionsCheck(3, 'parent transitions per run'), { what: 'child executions', expected: plan.children, actual: (r) => r.billing.childExecutions?.[0]?.count ?? 0 }, monthlyCostCheck(answer, runs, { childMemoryMb: 64 })],
        },
      ],
    };
  },
});

export const DISTRIBUTED_MAP_GENERATORS = [inlineVsDistributedCheapest, distributedStandardChildren, itemBatcherChildren, itemBatcherSavings, itemBatcherCheapest, expressChildrenMonthly];

