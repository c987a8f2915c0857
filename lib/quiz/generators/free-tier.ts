// The Standard free tier: 4,000 state transitions a month, for every account, with no expiry.

import { FREE_TRANSITIONS, n, STANDARD_RATE, standardMonthly } from '../cost-math';
import { lambdaTask, machine, mapState, ordersInput, passState, passSteps, stepNames } from '../machines';
import type { WrongValue } from '../types';
import { defineGenerator, monthlyCostCheck, step, transitionsCheck, usdStep } from './define';

/** Keeps the wrong values that differ from the answer by more than the tolerance (and from each other). */
export function distinctWrong(answer: number, tolerance: number, wrong: WrongValue[]): WrongValue[] {
  const kept: WrongValue[] = [];
  for (const w of wrong) {
    if (Math.abs(w.value - answer) <= tolerance) continue;
    if (kept.some((k) => Math.abs(k.value - w.value) <= tolerance)) continue;
    kept.push(w);
  }
  return kept;
}

export const freeTierBoundary = defineGenerator({
  id: 'free-tier-boundary',
  description: 'Monthly cost of a small Standard workflow near the 4,000-transition free tier',
  kind: 'value',
  params: {
    states: { label: 'States per run', min: 4, max: 16 },
    runs: { label: 'Runs a month', values: [150, 200, 250, 300, 400, 500, 750, 1000, 1500, 2000] },
  },
  answerRange: { min: 0, max: 0.71 },
  build({ states, runs }) {
    const names = stepNames(states);
    const definition = machine(names.map((name) => [name, passState()]));
    const total = states * runs;
    const answer = standardMonthly(states, runs).totalUsd;
    const tolerance = 0.0005;
    return {
      kind: 'value',
      prompt:
        `A small Standard workflow of ${states} Pass states runs ${n(runs)} times a month in us-east-1, and it is the account's only ` +
        'Step Functions workflow. What is its Step Functions bill for the month, free tier included? Give it to a tenth of a cent.',
      facts: [
        { label: 'States per run', value: String(states) },
        { label: 'Runs a month', value: n(runs) },
      ],
      unit: 'usd',
      answer,
      tolerance,
      wrong: distinctWrong(answer, tolerance, [
        { mistake: 'free-tier-forgotten', value: standardMonthly(states, runs, false).totalUsd },
        { mistake: 'free-tier-as-runs', value: standardMonthly(states, Math.max(0, runs - FREE_TRANSITIONS), false).totalUsd },
        { mistake: 'execution-start-counted', value: standardMonthly(states + 1, runs).totalUsd },
      ]),
      working: [
        step('Transitions a month', `${states} × ${n(runs)} runs`, n(total)),
        step('Beyond the free tier', `${n(total)} − ${n(FREE_TRANSITIONS)} free (never below 0)`, n(Math.max(0, total - FREE_TRANSITIONS))),
        usdStep('Bill for the month', `${n(Math.max(0, total - FREE_TRANSITIONS))} × ${STANDARD_RATE} ÷ 1,000`, answer),
      ],
      summary:
        total <= FREE_TRANSITIONS
          ? 'Under 4,000 transitions a month the bill is zero: the free tier covers every transition.'
          : 'Only the transitions past the first 4,000 of the month are billed.',
      machines: [{ definition, input: {}, type: 'STANDARD', checks: [transitionsCheck(states), monthlyCostCheck(answer, runs)] }],
    };
  },
});

export const freeTierRuns = defineGenerator({
  id: 'free-tier-runs',
  description: 'How many runs of a workflow fit in the monthly free tier',
  kind: 'value',
  params: {
    items: { label: 'Items per run', min: 3, max: 12 },
    inner: { label: 'States per item', min: 2, max: 3 },
  },
  answerRange: { min: 100, max: 500 },
  build({ items, inner }) {
    const innerNames = stepNames(inner);
    const definition = machine([
      ['Fetch', lambdaTask('fetch-batch', { Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], MaxAttempts: 2 }], ResultPath: null })],
      ['ProcessItems', mapState(passSteps(innerNames), { mode: 'INLINE', resultPath: null })],
    ]);
    const perRun = 2 + items * inner + 1;
    const answer = Math.floor(FREE_TRANSITIONS / perRun);
    return {
      kind: 'value',
      prompt:
        `Each run of this Standard workflow handles ${items} items (${inner} states each) and its Fetch call is throttled once before ` +
        'its retry succeeds. How many whole runs a month fit inside the free tier?',
      facts: [
        { label: 'Items per run', value: String(items) },
        { label: 'States per item', value: `${inner} (${innerNames.join(', ')})` },
        { label: 'Fetch retries per run', value: '1' },
      ],
      unit: 'runs',
      answer,
      tolerance: 0,
      wrong: distinctWrong(answer, 0, [
        { mistake: 'rounded-up-not-down', value: Math.ceil(FREE_TRANSITIONS / perRun) },
        { mistake: 'retries-forgotten', value: Math.floor(FREE_TRANSITIONS / (perRun - 1)) },
        { mistake: 'map-inner-states-not-counted', value: Math.floor(FREE_TRANSITIONS / (2 + items + 1)) },
        { mistake: 'free-tier-as-runs', value: FREE_TRANSITIONS },
      ]),
      working: [
        step('Transitions per run', `Fetch + ProcessItems + ${items} × ${inner} + 1 retry`, String(perRun)),
        step('Whole runs in the free tier', `${n(FREE_TRANSITIONS)} ÷ ${perRun}, rounded down`, n(answer)),
      ],
      summary: 'The free tier is counted in transitions, so heavier runs use it up sooner.',
      machines: [{
        definition,
        input: ordersInput(items),
        type: 'STANDARD',
        tasks: { Fetch: { failFirst: 1 } },
        checks: [transitionsCheck(perRun)],
      }],
    };
  },
});

export const FREE_TIER_GENERATORS = [freeTierBoundary, freeTierRuns];
