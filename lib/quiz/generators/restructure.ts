// "Restructure this machine": the learner edits a definition until a month of runs costs less than a target
// while the output stays the same. The reference solution is here only so the content check can prove the
// target is reachable (and that the starting machine misses it).

import { n, standardMonthly } from '../cost-math';
import { machine, mapState, ordersInput, passState, passSteps, stepNames } from '../machines';
import { formatUsdNumber } from '../units';
import { defineGenerator, monthlyCostCheck, step, transitionsCheck, usdStep } from './define';
import { monthlyWorking } from './standard';

/** A target in whole cents above a figure, so "under $X" is a round, readable number. */
function centsAbove(usd: number): number {
  return Math.ceil(usd * 100 + 1e-9) / 100;
}

export const restructureInlineMap = defineGenerator({
  id: 'restructure-inline-map',
  description: 'Restructure an inline Map so a month of runs costs under a target, with the same output',
  kind: 'restructure',
  params: {
    items: { label: 'Orders per run', values: [100, 150, 200, 300] },
    inner: { label: 'States per order', min: 2, max: 4 },
    runs: { label: 'Runs a month', values: [10_000, 50_000, 100_000] },
  },
  build({ items, inner, runs }) {
    const steps = passSteps(stepNames(inner));
    const start = machine([['ProcessOrders', mapState(steps, { mode: 'INLINE', itemsPath: '$.orders', resultPath: '$.results' })], ['Done', { Type: 'Succeed' }]]);
    const reference = machine([
      ['ProcessOrders', mapState(steps, { mode: 'DISTRIBUTED', executionType: 'EXPRESS', itemsPath: '$.orders', resultPath: '$.results' })],
      ['Done', { Type: 'Succeed' }],
    ]);
    const perRun = 2 + items * inner;
    const current = standardMonthly(perRun, runs).totalUsd;
    const target = centsAbove(current / (inner + 2));
    return {
      kind: 'restructure',
      prompt:
        `This Standard workflow runs ${inner} states for each of its ${n(items)} orders in an inline Map, ${n(runs)} times a month, and costs ` +
        `${formatUsdNumber(current)} a month. Change the definition so a month costs at most ${formatUsdNumber(target)}, with exactly the same output.`,
      facts: [
        { label: 'Orders per run', value: n(items) },
        { label: 'Runs a month', value: n(runs) },
        { label: 'Cost a month now', value: formatUsdNumber(current) },
        { label: 'Target', value: `at most ${formatUsdNumber(target)}` },
      ],
      start: { definition: start, input: ordersInput(items), type: 'STANDARD', checks: [transitionsCheck(perRun), monthlyCostCheck(current, runs)] },
      reference,
      runsPerMonth: runs,
      targetUsd: target,
      targetDisplay: formatUsdNumber(target),
      working: [step('Transitions per run now', `2 + ${n(items)} × ${inner}`, n(perRun)), ...monthlyWorking(perRun, runs, current), usdStep('Target', `at most 1/${inner + 2} of that, in whole cents`, target)],
      summary:
        'Merging the per-item states into fewer Pass states cannot reach the target: the items still cost a transition each. A Distributed Map with Express children ' +
        'moves the per-item work out of the Standard bill and keeps the output (an array of the children’s outputs).',
      hints: [
        'The output of a Map is the array of its iterations’ outputs; any change that keeps that array keeps the output.',
        'Inline iterations are billed as transitions of this Standard workflow. Which kind of Map runs its iterations as executions of their own?',
        'In ItemProcessor, ProcessorConfig can set Mode and ExecutionType.',
      ],
    };
  },
});

const FIELDS: [string, string | number | boolean][] = [
  ['currency', 'EUR'],
  ['channel', 'web'],
  ['priority', 'standard'],
  ['giftWrap', false],
  ['warehouse', 'DUB-2'],
  ['carrier', 'parcel'],
  ['taxRegion', 'IE'],
  ['retries', 0],
];

export const restructureMergePasses = defineGenerator({
  id: 'restructure-merge-passes',
  description: 'Restructure a chain of Pass states into fewer states with the same output, under a cost target',
  kind: 'restructure',
  params: {
    fields: { label: 'Pass states that each set one field', min: 4, max: 8 },
    runs: { label: 'Runs a month', values: [200_000, 500_000, 1_000_000] },
  },
  build({ fields, runs }) {
    const chosen = FIELDS.slice(0, fields);
    const start = machine([
      ...chosen.map(([field, value]): [string, ReturnType<typeof passState>] => [`Set${field.charAt(0).toUpperCase()}${field.slice(1)}`, passState({ Result: value, ResultPath: `$.${field}` })]),
      ['Done', { Type: 'Succeed' }],
    ]);
    const reference = machine([
      ['Prepare', passState({ Parameters: { 'order.$': '$.order', ...Object.fromEntries(chosen) } })],
      ['Done', { Type: 'Succeed' }],
    ]);
    const perRun = fields + 1;
    const current = standardMonthly(perRun, runs).totalUsd;
    const target = centsAbove(standardMonthly(2, runs).totalUsd);
    return {
      kind: 'restructure',
      prompt:
        `Each run of this Standard workflow sets ${fields} fields with ${fields} Pass states, ${n(runs)} times a month, for ${formatUsdNumber(current)}. ` +
        `Rewrite it so a month costs at most ${formatUsdNumber(target)} and the output is exactly the same.`,
      facts: [
        { label: 'Runs a month', value: n(runs) },
        { label: 'Cost a month now', value: formatUsdNumber(current) },
        { label: 'Target', value: `at most ${formatUsdNumber(target)}` },
      ],
      start: { definition: start, input: { order: { id: 'A-1001', lines: 3 } }, type: 'STANDARD', checks: [transitionsCheck(perRun), monthlyCostCheck(current, runs)] },
      reference,
      runsPerMonth: runs,
      targetUsd: target,
      targetDisplay: formatUsdNumber(target),
      working: [step('Transitions per run now', `${fields} Pass states + Done`, String(perRun)), ...monthlyWorking(perRun, runs, current), usdStep('Target', 'the price of 2 transitions a run, in whole cents', target)],
      summary: 'Each state is a billed transition, so a chain of small Pass states is paid for state by state. One Pass state with Parameters can build the whole object.',
      hints: [
        'A Pass state’s Parameters (or Result) can build an object with many fields at once.',
        'Keep the input’s fields: in Parameters, "order.$": "$.order" copies one.',
        'At 2 transitions a run (one Pass and the Succeed) you are under the target.',
      ],
    };
  },
});

export const RESTRUCTURE_GENERATORS = [restructureInlineMap, restructureMergePasses];
