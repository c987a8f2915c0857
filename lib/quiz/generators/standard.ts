// Standard workflows: counting transitions (retries, inline Map iterations, Parallel branches, Choice loops)
// and what a month of them costs. Each question shows its machine; the content check runs it in the engine.

import { compareMapDesigns } from '../../pricing';
import { FREE_TRANSITIONS, n, STANDARD_RATE, standardMonthly } from '../cost-math';
import { lambdaTask, machine, mapState, ordersInput, passState, passSteps, stepNames } from '../machines';
import { formatUsdNumber } from '../units';
import { defineGenerator, monthlyCostCheck, step, transitionsCheck, usdStep } from './define';
import type { ArithmeticStep } from '../types';

/** The working every monthly Standard answer ends with: × runs, − free tier, × rate. */
export function monthlyWorking(perRun: number, runs: number, usd: number, freeTier = true): ArithmeticStep[] {
  const total = perRun * runs;
  const billed = freeTier ? Math.max(0, total - FREE_TRANSITIONS) : total;
  return [
    step('Transitions a month', `${n(perRun)} × ${n(runs)} runs`, n(total)),
    ...(freeTier ? [step('After the free tier', `${n(total)} − ${n(FREE_TRANSITIONS)} free`, n(billed))] : []),
    usdStep('Cost a month', `${n(billed)} × ${STANDARD_RATE} ÷ 1,000`, usd),
  ];
}

const RUNS = [10_000, 20_000, 50_000, 100_000, 250_000, 1_000_000] as const;

export const linearRetriesMonthly = defineGenerator({
  id: 'linear-retries-monthly',
  description: 'Monthly cost of a chain of Task states where one Task is throttled and retried',
  kind: 'value',
  params: {
    states: { label: 'Task states', min: 3, max: 10 },
    retries: { label: 'Retries per run', min: 1, max: 3 },
    runs: { label: 'Runs a month', values: RUNS },
  },
  answerRange: { min: 0, max: 350 },
  build({ states, retries, runs }) {
    const names = stepNames(states);
    const throttled = names[1] as string;
    const definition = machine(
      names.map((name) => [
        name,
        lambdaTask(name.toLowerCase(), name === throttled ? { Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }] } : {}),
      ]),
    );
    const perRun = states + retries;
    const answer = standardMonthly(perRun, runs).totalUsd;
    return {
      kind: 'value',
      prompt:
        `This Standard workflow runs ${n(runs)} times a month in us-east-1. In every run, ${throttled} is throttled ` +
        `${retries === 1 ? 'once' : `${retries} times`} and its Retry succeeds on the next attempt. ` +
        'What do its state transitions cost a month, free tier included?',
      facts: [
        { label: 'Task states', value: String(states) },
        { label: `Failed attempts of ${throttled} per run`, value: String(retries) },
        { label: 'Runs a month', value: n(runs) },
      ],
      unit: 'usd',
      answer,
      tolerance: 0.005,
      wrong: [
        { mistake: 'retries-forgotten', value: standardMonthly(states, runs).totalUsd },
        { mistake: 'free-tier-forgotten', value: standardMonthly(perRun, runs, false).totalUsd },
        { mistake: 'execution-start-counted', value: standardMonthly(perRun + 1, runs).totalUsd },
      ],
      working: [step('Transitions per run', `${states} states + ${retries} ${retries === 1 ? 'retry' : 'retries'}`, n(perRun)), ...monthlyWorking(perRun, runs, answer)],
      summary: 'Every retry attempt is billed as one more state transition, on top of one per state entered.',
      machines: [{
        definition,
        input: { orderId: 'A-1001' },
        type: 'STANDARD',
        tasks: { [throttled]: { failFirst: retries } },
        checks: [transitionsCheck(perRun), monthlyCostCheck(answer, runs)],
      }],
    };
  },
});

/** The shape shared by the inline Map questions: states before the Map, the Map, states after it. */
function inlineMapMachine(items: number, inner: number, before: number, after: number) {
  const innerNames = stepNames(inner);
  const beforeNames = ['LoadOrders', 'CheckStock'].slice(0, before);
  const afterNames = ['Summarize', 'Report'].slice(0, after);
  const definition = machine([
    ...beforeNames.map((name): [string, ReturnType<typeof passState>] => [name, passState()]),
    ['ProcessOrders', mapState(passSteps(innerNames), { mode: 'INLINE', resultPath: null })],
    ...afterNames.map((name): [string, ReturnType<typeof passState>] => [name, passState()]),
  ]);
  return { definition, input: ordersInput(items), parent: before + 1 + after, innerNames };
}

export const inlineMapTransitions = defineGenerator({
  id: 'inline-map-transitions',
  description: 'Transitions of one run of a Standard workflow with an inline Map',
  kind: 'value',
  params: {
    items: { label: 'Items', values: [25, 40, 50, 75, 100, 120, 150, 200, 250, 300, 400, 500] },
    inner: { label: 'States per iteration', min: 2, max: 5 },
    before: { label: 'States before the Map', min: 1, max: 2 },
    after: { label: 'States after the Map', min: 0, max: 2 },
  },
  answerRange: { min: 50, max: 2505 },
  build({ items, inner, before, after }) {
    const m = inlineMapMachine(items, inner, before, after);
    const answer = m.parent + items * inner;
    return {
      kind: 'value',
      prompt:
        `One run of this Standard workflow receives ${n(items)} orders and the inline Map runs ${inner} states for each. ` +
        'How many state transitions does one run make?',
      facts: [
        { label: 'Orders in the input', value: n(items) },
        { label: 'States per iteration', value: `${inner} (${m.innerNames.join(', ')})` },
        { label: 'Parent states (Map included)', value: String(m.parent) },
      ],
      unit: 'transitions',
      answer,
      tolerance: 0,
      wrong: [
        { mistake: 'map-inner-states-not-counted', value: m.parent + items },
        { mistake: 'parent-states-not-counted', value: items * inner },
        { mistake: 'map-state-not-counted', value: answer - 1 },
        { mistake: 'execution-start-counted', value: answer + 1 },
      ],
      working: [
        step('Inside the Map', `${n(items)} iterations × ${inner} states`, n(items * inner)),
        step('Parent states', `${before} before + the Map + ${after} after`, String(m.parent)),
        step('Transitions per run', `${n(items * inner)} + ${m.parent}`, n(answer)),
      ],
      summary: 'An inline Map bills every state of every iteration as a transition of the parent workflow.',
      machines: [{ definition: m.definition, input: m.input, type: 'STANDARD', checks: [transitionsCheck(answer)] }],
    };
  },
});

export const inlineMapMonthly = defineGenerator({
  id: 'inline-map-monthly',
  description: 'Monthly cost of a Standard workflow whose inline Map processes every item',
  kind: 'value',
  params: {
    items: { label: 'Items per run', values: [100, 200, 250, 500, 1000] },
    inner: { label: 'States per iteration', min: 2, max: 4 },
    runs: { label: 'Runs a month', values: [100, 1000, 5000, 10_000] },
    batch: { label: 'Batch size of the remedy', values: [25, 50, 100] },
  },
  answerRange: { min: 0, max: 1001 },
  build({ items, inner, runs, batch }) {
    const m = inlineMapMachine(items, inner, 0, 1);
    const workload = { items, statesPerItem: inner, parentStates: 2, itemDurationMs: 200, batchSize: batch, includeWorkerLambda: false, runsPerMonth: runs };
    const comparison = compareMapDesigns(workload);
    const perRun = 2 + items * inner;
    const answer = standardMonthly(perRun, runs).totalUsd;
    const remedy = comparison.designs[1]?.monthly?.totalUsd ?? 0;
    return {
      kind: 'value',
      prompt:
        `This Standard workflow's inline Map processes ${n(items)} orders per run, ${inner} states each, then one Summarize state runs. ` +
        `It runs ${n(runs)} times a month in us-east-1. What do its state transitions cost a month, free tier included?`,
      facts: [
        { label: 'Orders per run', value: n(items) },
        { label: 'States per iteration', value: String(inner) },
        { label: 'Runs a month', value: n(runs) },
      ],
      unit: 'usd',
      answer,
      tolerance: 0.005,
      wrong: [
        { mistake: 'map-inner-states-not-counted', value: standardMonthly(2 + items, runs).totalUsd },
        { mistake: 'free-tier-forgotten', value: standardMonthly(perRun, runs, false).totalUsd },
        { mistake: 'remedy-confused', value: remedy },
      ],
      working: [step('Transitions per run', `2 parent states + ${n(items)} × ${inner}`, n(perRun)), ...monthlyWorking(perRun, runs, answer)],
      summary:
        `Every inner state of every iteration is a Standard transition. The remedy, a Distributed Map with batches of ${batch} ` +
        `and Express children, would cost ${formatUsdNumber(remedy)} a month for the same work.`,
      machines: [{ definition: m.definition, input: m.input, type: 'STANDARD', checks: [transitionsCheck(perRun), monthlyCostCheck(answer, runs)] }],
    };
  },
});

export const parallelTransitions = defineGenerator({
  id: 'parallel-transitions',
  description: 'Transitions of one run of a workflow with a Parallel state',
  kind: 'value',
  params: {
    branches: { label: 'Branches', min: 2, max: 4 },
    b1: { label: 'States in branch 1', min: 1, max: 4 },
    b2: { label: 'States in branch 2', min: 1, max: 4 },
    b3: { label: 'States in branch 3', min: 1, max: 4 },
    b4: { label: 'States in branch 4', min: 1, max: 4 },
    before: { label: 'States before the Parallel', min: 1, max: 3 },
  },
  answerRange: { min: 5, max: 21 },
  build({ branches, b1, b2, b3, b4, before }) {
    const sizes = [b1, b2, b3, b4].slice(0, branches);
    const branchNames = ['Invoice', 'Shipping', 'Loyalty', 'Analytics'];
    const beforeNames = ['Receive', 'Validate', 'Enrich'].slice(0, before);
    let offset = 0;
    const parallel = {
      Type: 'Parallel' as const,
      Branches: sizes.map((size, i) => {
        const names = stepNames(size, offset).map((s) => `${branchNames[i]}${s}`);
        offset += size;
        return machine(passSteps(names));
      }),
      ResultPath: '$.branches',
    };
    const definition = machine([...beforeNames.map((name): [string, ReturnType<typeof passState>] => [name, passState()]), ['FanOut', parallel], ['Done', { Type: 'Succeed' }]]);
    const inside = sizes.reduce((a, b) => a + b, 0);
    const parent = before + 2;
    const answer = parent + inside;
    return {
      kind: 'value',
      prompt: `How many state transitions does one run of this Standard workflow make? Its Parallel state has ${branches} branches.`,
      facts: [
        { label: 'States per branch', value: sizes.join(', ') },
        { label: 'Parent states (FanOut and Done included)', value: String(parent) },
      ],
      unit: 'transitions',
      answer,
      tolerance: 0,
      wrong: [
        { mistake: 'parallel-branches-not-counted', value: parent },
        { mistake: 'one-branch-counted', value: parent + Math.max(...sizes) },
        { mistake: 'map-state-not-counted', value: answer - 1 },
        { mistake: 'execution-start-counted', value: answer + 1 },
      ],
      working: [
        step('States in the branches', sizes.join(' + '), String(inside)),
        step('Parent states', `${before} before + FanOut + Done`, String(parent)),
        step('Transitions per run', `${inside} + ${parent}`, String(answer)),
      ],
      summary: 'Parallel branches overlap in time but not in the bill: every state in every branch is a transition.',
      machines: [{ definition, input: { orderId: 'A-1001' }, type: 'STANDARD', checks: [transitionsCheck(answer)] }],
    };
  },
});

/** A counter loop: Init, then (work states, Increment, Check) per pass, then Done. */
function counterLoop(passes: number, work: number) {
  const workNames = stepNames(work);
  const first = workNames[0] as string;
  const definition = machine([
    ['Init', passState({ Parameters: { count: 0, 'target.$': '$.target' } })],
    ...passSteps(workNames),
    ['Increment', passState({ Parameters: { 'count.$': 'States.MathAdd($.count, 1)', 'target.$': '$.target' } })],
    ['Check', { Type: 'Choice', Choices: [{ Variable: '$.count', NumericLessThanPath: '$.target', Next: first }], Default: 'Done' }],
    ['Done', { Type: 'Succeed' }],
  ]);
  return { definition, input: { target: passes }, perPass: work + 2, workNames };
}

export const choiceLoopTransitions = defineGenerator({
  id: 'choice-loop-transitions',
  description: 'Transitions of a loop built with a Choice state',
  kind: 'value',
  params: {
    passes: { label: 'Passes through the loop', min: 3, max: 25 },
    work: { label: 'Work states in the loop', min: 1, max: 3 },
  },
  answerRange: { min: 11, max: 127 },
  build({ passes, work }) {
    const loop = counterLoop(passes, work);
    const answer = 2 + passes * loop.perPass;
    return {
      kind: 'value',
      prompt:
        `This Standard workflow loops until its counter reaches the input's target. With a target of ${passes}, ` +
        'how many state transitions does one run make?',
      facts: [
        { label: 'Passes through the loop', value: String(passes) },
        { label: 'States in one pass', value: `${loop.workNames.join(', ')}, Increment, Check` },
      ],
      unit: 'transitions',
      answer,
      tolerance: 0,
      wrong: [
        { mistake: 'choice-not-counted', value: 2 + passes * (loop.perPass - 1) },
        { mistake: 'loop-counted-once', value: 2 + loop.perPass },
        { mistake: 'execution-start-counted', value: answer + 1 },
      ],
      working: [
        step('One pass', `${work} work + Increment + Check`, String(loop.perPass)),
        step('All passes', `${passes} × ${loop.perPass}`, n(passes * loop.perPass)),
        step('Transitions per run', `Init + ${n(passes * loop.perPass)} + Done`, n(answer)),
      ],
      summary: 'A Choice loop bills every state again on every pass, the Choice state included.',
      machines: [{ definition: loop.definition, input: loop.input, type: 'STANDARD', checks: [transitionsCheck(answer)] }],
    };
  },
});

export const pollingLoopMonthly = defineGenerator({
  id: 'polling-loop-monthly',
  description: 'Monthly cost of a Standard workflow that polls a job with Wait and Choice',
  kind: 'value',
  params: {
    polls: { label: 'Polls per run', min: 3, max: 20 },
    runs: { label: 'Runs a month', values: [5_000, 10_000, 30_000, 100_000] },
  },
  answerRange: { min: 0, max: 210 },
  build({ polls, runs }) {
    const definition = machine([
      ['StartJob', lambdaTask('start-report-job', { ResultPath: null })],
      ['Init', passState({ Parameters: { polls: 0, 'target.$': '$.target' } })],
      ['WaitABit', { Type: 'Wait', Seconds: 30 }],
      ['GetStatus', lambdaTask('get-report-status', { ResultPath: null })],
      ['CountPoll', passState({ Parameters: { 'polls.$': 'States.MathAdd($.polls, 1)', 'target.$': '$.target' } })],
      ['IsDone', { Type: 'Choice', Choices: [{ Variable: '$.polls', NumericLessThanPath: '$.target', Next: 'WaitABit' }], Default: 'Done' }],
      ['Done', { Type: 'Succeed' }],
    ]);
    const perRun = 3 + polls * 4;
    const answer = standardMonthly(perRun, runs).totalUsd;
    return {
      kind: 'value',
      prompt:
        `This Standard workflow starts a report job and polls it every 30 seconds; on average the job is done after ${polls} polls. ` +
        `It runs ${n(runs)} times a month. What do its state transitions cost a month, free tier included?`,
      facts: [
        { label: 'Polls per run', value: String(polls) },
        { label: 'States per poll', value: 'WaitABit, GetStatus, CountPoll, IsDone' },
        { label: 'Runs a month', value: n(runs) },
      ],
      unit: 'usd',
      answer,
      tolerance: 0.005,
      wrong: [
        { mistake: 'choice-not-counted', value: standardMonthly(3 + polls * 3, runs).totalUsd },
        { mistake: 'loop-counted-once', value: standardMonthly(3 + 4, runs).totalUsd },
        { mistake: 'free-tier-forgotten', value: standardMonthly(perRun, runs, false).totalUsd },
      ],
      working: [
        step('Transitions per run', `StartJob + Init + ${polls} polls × 4 states + Done`, n(perRun)),
        ...monthlyWorking(perRun, runs, answer),
      ],
      summary: 'Waiting is free in a Standard workflow, but every pass of a polling loop bills each of its states again.',
      machines: [{ definition, input: { target: polls }, type: 'STANDARD', checks: [transitionsCheck(perRun), monthlyCostCheck(answer, runs)] }],
    };
  },
});

export const mapRetriesMonthly = defineGenerator({
  id: 'map-retries-monthly',
  description: 'Monthly cost of an inline Map where some items are throttled and retried',
  kind: 'value',
  params: {
    items: { label: 'Orders per run', values: [50, 100, 150, 200, 300, 400] },
    inner: { label: 'States per iteration', min: 2, max: 4 },
    throttledPercent: { label: 'Orders throttled once (%)', values: [5, 10, 20, 25, 40] },
    runs: { label: 'Runs a month', values: [1000, 5000, 10_000, 20_000] },
  },
  answerRange: { min: 0, max: 900 },
  build({ items, inner, throttledPercent, runs }) {
    const throttled = Math.round((items * throttledPercent) / 100);
    const innerNames = stepNames(inner - 1);
    const definition = machine([
      [
        'ProcessOrders',
        mapState([...passSteps(innerNames), ['Charge', lambdaTask('charge-card', { Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }] })]], { mode: 'INLINE', resultPath: null }),
      ],
      ['Summarize', passState()],
    ]);
    const perRun = 2 + items * inner + throttled;
    const answer = standardMonthly(perRun, runs).totalUsd;
    return {
      kind: 'value',
      prompt:
        `Each run of this Standard workflow charges ${n(items)} orders in an inline Map (${inner} states per order). ` +
        `${throttledPercent}% of the Charge calls are throttled once and succeed on retry. It runs ${n(runs)} times a month. ` +
        'What do its state transitions cost a month, free tier included?',
      facts: [
        { label: 'Orders per run', value: n(items) },
        { label: 'States per iteration', value: `${inner} (${[...innerNames, 'Charge'].join(', ')})` },
        { label: 'Charge calls retried per run', value: `${throttledPercent}% of ${n(items)} = ${n(throttled)}` },
        { label: 'Runs a month', value: n(runs) },
      ],
      unit: 'usd',
      answer,
      tolerance: 0.005,
      wrong: [
        { mistake: 'retries-forgotten', value: standardMonthly(perRun - throttled, runs).totalUsd },
        { mistake: 'map-inner-states-not-counted', value: standardMonthly(2 + items + throttled, runs).totalUsd },
        { mistake: 'free-tier-forgotten', value: standardMonthly(perRun, runs, false).totalUsd },
      ],
      working: [
        step('Transitions per run', `2 parent states + ${n(items)} × ${inner} + ${n(throttled)} retries`, n(perRun)),
        ...monthlyWorking(perRun, runs, answer),
      ],
      summary: 'Retries inside Map iterations are billed like any other retry: one transition per attempt.',
      machines: [{
        definition,
        input: ordersInput(items),
        type: 'STANDARD',
        tasks: { Charge: { failFirstAttemptUpToOrder: throttled } },
        checks: [transitionsCheck(perRun), monthlyCostCheck(answer, runs)],
      }],
    };
  },
});

export const STANDARD_GENERATORS = [
  linearRetriesMonthly,
  inlineMapTransitions,
  inlineMapMonthly,
  parallelTransitions,
  choiceLoopTransitions,
  pollingLoopMonthly,
  mapRetriesMonthly,
];

