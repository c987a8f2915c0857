// Standard versus Express: the same workflow billed per transition or per request and GB-second. Short,
// busy runs favour Express; long, quiet runs (waiting on a partner) favour Standard.

import { costOf, projectMonthly, type CostBreakdown } from '../../pricing';
import type { ExecutionResult } from '../../engine/types';
import { billedDurationMs, EXPRESS_REQUEST_RATE, EXPRESS_TIER1_RATE, expressUsage, n, priceMonth, STANDARD_RATE, standardMonthly, USD_PER_EXPRESS_REQUEST } from '../cost-math';
import { lambdaTask, machine, mapState, ordersInput, passSteps, stepNames } from '../machines';
import { formatUsdNumber } from '../units';
import type { MachineSpec } from '../types';
import { defineGenerator, monthlyCostCheck, step, transitionsCheck, usdStep } from './define';
import { linesWorking } from './express';
import { distinctWrong } from './free-tier';
import { monthlyWorking } from './standard';

/** A run as costOf sees it, from the figures the generator computed. */
function syntheticRun(transitions: number, durationMs: number): ExecutionResult {
  return { status: 'SUCCEEDED', events: [], billing: { stateTransitions: transitions, durationMs, historyEvents: 0 } };
}

function month(transitions: number, durationMs: number, runs: number, type: 'STANDARD' | 'EXPRESS', memoryMb = 64): CostBreakdown {
  return projectMonthly(costOf(syntheticRun(transitions, durationMs), { type, memoryMb }), runs);
}

/** Receive → Wait → (inline Map) → Store: transitions and duration both depend on the parameters. */
function partnerMachine(waitSeconds: number, items: number, inner: number) {
  const states: [string, ReturnType<typeof lambdaTask>][] = [
    ['Receive', lambdaTask('receive-order', { ResultPath: '$.receipt' })],
    ['WaitForPartner', { Type: 'Wait', Seconds: waitSeconds }],
  ];
  if (items > 0) states.push(['CheckLines', mapState(passSteps(stepNames(inner)), { mode: 'INLINE', resultPath: null })]);
  states.push(['Store', lambdaTask('store-order', { ResultPath: '$.stored' })]);
  const transitions = 3 + (items > 0 ? 1 + items * inner : 0);
  const durationMs = 200 + waitSeconds * 1000 + 300;
  return { definition: machine(states), input: ordersInput(items), transitions, durationMs, tasks: { Receive: { durationMs: 200 }, Store: { durationMs: 300 } } };
}

export const standardVsExpressCheapest = defineGenerator({
  id: 'standard-vs-express-cheapest',
  description: 'The same workflow as Standard or as Express: which costs less a month?',
  kind: 'designs',
  params: {
    waitSeconds: { label: 'Wait for the partner (s)', values: [5, 30, 60, 120, 180, 240, 290] },
    items: { label: 'Order lines checked', values: [0, 0, 5, 10, 20, 40] },
    inner: { label: 'States per line', min: 2, max: 3 },
    runs: { label: 'Runs a month', values: [200_000, 1_000_000, 3_000_000] },
  },
  build({ waitSeconds, items, inner, runs }) {
    const m = partnerMachine(waitSeconds, items, inner);
    const standard = month(m.transitions, m.durationMs, runs, 'STANDARD');
    const express = month(m.transitions, m.durationMs, runs, 'EXPRESS');
    const spec = (type: 'STANDARD' | 'EXPRESS', expected: number): MachineSpec => ({
      definition: m.definition,
      input: m.input,
      type,
      tasks: m.tasks,
      checks: [transitionsCheck(m.transitions), { what: 'duration (ms)', expected: m.durationMs, actual: (r) => r.billing.durationMs }, monthlyCostCheck(expected, runs, { type, memoryMb: 64 })],
    });
    const billedMs = billedDurationMs(m.durationMs);
    return {
      kind: 'designs',
      prompt:
        `This workflow waits ${waitSeconds} s for a partner's system${items > 0 ? ` and checks ${items} order lines in an inline Map` : ''}. ` +
        `It runs ${n(runs)} times a month in us-east-1. Run as Express it is billed at 64 MB. Which workflow type costs less a month?`,
      facts: [
        { label: 'Transitions per run', value: n(m.transitions) },
        { label: 'Duration of a run', value: `${n(m.durationMs)} ms` },
        { label: 'Runs a month', value: n(runs) },
      ],
      runsPerMonth: runs,
      designs: [
        {
          title: 'Standard workflow',
          description: `Billed per state transition: ${n(m.transitions)} a run; waiting is free.`,
          machine: spec('STANDARD', standard.totalUsd),
          monthlyUsd: standard.totalUsd,
          monthlyDisplay: standard.total,
          explanation: `${n(m.transitions)} transitions × ${n(runs)} runs, less the 4,000 free, at ${STANDARD_RATE} per 1,000 = ${standard.total} a month.`,
        },
        {
          title: 'Express workflow',
          description: `Billed per request and per GB-second: ${n(billedMs)} ms at 64 MB a run; the wait is billed as duration.`,
          machine: spec('EXPRESS', express.totalUsd),
          monthlyUsd: express.totalUsd,
          monthlyDisplay: express.total,
          explanation: `${n(runs)} requests at ${EXPRESS_REQUEST_RATE} per million plus ${n(runs)} × ${n(billedMs)} ms × 64 MB of duration = ${express.total} a month.`,
        },
      ],
      working: [
        ...monthlyWorking(m.transitions, runs, standard.totalUsd).map((s) => ({ ...s, label: `Standard: ${s.label.toLowerCase()}` })),
        ...linesWorking(express).map((s) => ({ ...s, label: `Express: ${s.label.toLowerCase()}` })),
        usdStep('Express: cost a month', 'requests + duration', express.totalUsd),
      ],
      summary:
        standard.totalUsd < express.totalUsd
          ? 'Long waits favour Standard: it bills transitions, not time, while Express pays for every 100 ms of the wait.'
          : 'Busy, short runs favour Express: its duration charge is small next to a transition charge for every state.',
    };
  },
});

/** Pico-dollar arithmetic: the longest billed duration (a multiple of 100 ms) at which Express is no dearer. */
function breakEvenMs(transitions: number, memoryMb: number, options: { requests?: boolean; mbPerGb?: number } = {}): number {
  const standardUsd = costOf(syntheticRun(transitions, 0), { type: 'STANDARD' }).totalUsd;
  const requestUsd = options.requests === false ? 0 : costOf(syntheticRun(0, 0), { type: 'EXPRESS', memoryMb: 64 }).lines.find((l) => l.id === 'express-requests')?.amountUsd ?? 0;
  const perGbSecond = costOf(syntheticRun(0, 1000), { type: 'EXPRESS', memoryMb: 1024 }).lines.find((l) => l.id.startsWith('express-duration'))?.amountUsd ?? 0;
  const usdPerMs = ((memoryMb / (options.mbPerGb ?? 1024)) * perGbSecond) / 1000;
  return Math.floor((standardUsd - requestUsd) / usdPerMs / 100) * 100;
}

export const breakEvenDuration = defineGenerator({
  id: 'break-even-duration',
  description: 'The longest Express run that still costs no more than the same run as Standard',
  kind: 'value',
  params: {
    transitions: { label: 'Transitions per run', min: 2, max: 12 },
    memoryMb: { label: 'Billed memory (MB)', values: [64, 128, 256] },
  },
  answerRange: { min: 100, max: 300_000 },
  build({ transitions, memoryMb }) {
    const answer = breakEvenMs(transitions, memoryMb);
    const standardUsd = costOf(syntheticRun(transitions, 0), { type: 'STANDARD' }).totalUsd;
    const expressAt = (ms: number) => costOf(syntheticRun(0, ms), { type: 'EXPRESS', memoryMb }).totalUsd;
    return {
      kind: 'value',
      prompt:
        `A workflow makes ${transitions} state transitions per run. As Express it would be billed at ${memoryMb} MB. Ignoring free tiers ` +
        'and the monthly tiers, up to what billed duration (a multiple of 100 ms) does one Express run cost no more than one Standard run?',
      facts: [
        { label: 'Transitions per run', value: String(transitions) },
        { label: 'Express memory', value: `${memoryMb} MB` },
      ],
      unit: 'ms',
      answer,
      tolerance: 0,
      wrong: distinctWrong(answer, 0, [
        { mistake: 'requests-forgotten', value: breakEvenMs(transitions, memoryMb, { requests: false }) },
        { mistake: 'gb-as-1000-mb', value: breakEvenMs(transitions, memoryMb, { mbPerGb: 1000 }) },
        { mistake: 'rounded-up-not-down', value: answer + 100 },
      ]),
      working: [
        usdStep('One Standard run', `${transitions} × ${STANDARD_RATE} ÷ 1,000`, standardUsd),
        step('Left for duration', `${formatUsdNumber(standardUsd)} − one request (${EXPRESS_REQUEST_RATE} ÷ 1,000,000)`, formatUsdNumber(standardUsd - USD_PER_EXPRESS_REQUEST)),
        step('Duration it buys', `÷ (${memoryMb} MB ÷ 1,024 × ${EXPRESS_TIER1_RATE} per GB-second), rounded down to 100 ms`, `${n(answer)} ms`),
        usdStep(`Check: Express at ${n(answer)} ms`, `one request + ${n(answer)} ms × ${memoryMb} MB`, expressAt(answer)),
        usdStep(`and at ${n(answer + 100)} ms`, 'already dearer than Standard', expressAt(answer + 100)),
      ],
      summary:
        'Per run, Express wins unless runs are long and do little: a transition costs as much as many seconds of a small Express execution.',
    };
  },
});

export const standardToExpressSavings = defineGenerator({
  id: 'standard-to-express-savings',
  description: 'Monthly savings from moving a short, busy workflow from Standard to Express',
  kind: 'value',
  params: {
    states: { label: 'Task states', min: 5, max: 10 },
    msPerState: { label: 'ms per Task', min: 40, max: 260 },
    runs: { label: 'Runs a month', values: [500_000, 1_000_000, 2_000_000, 5_000_000] },
  },
  answerRange: { min: 50, max: 1300 },
  build({ states, msPerState, runs }) {
    const names = stepNames(states);
    const definition = machine(names.map((name) => [name, lambdaTask(name.toLowerCase())]));
    const durationMs = states * msPerState;
    const standard = month(states, durationMs, runs, 'STANDARD');
    const express = month(states, durationMs, runs, 'EXPRESS');
    const answer = standard.totalUsd - express.totalUsd;
    const noRequests = express.totalUsd - (express.lines.find((l) => l.id === 'express-requests')?.amountUsd ?? 0);
    const notRounded = priceMonth(expressUsage(runs, durationMs, 64)).totalUsd;
    return {
      kind: 'value',
      prompt:
        `A Standard workflow of ${states} Lambda Tasks (${msPerState} ms each) runs ${n(runs)} times a month. Moved to Express it would be billed at 64 MB. ` +
        'How much a month would the move save on Step Functions charges, free tier included?',
      facts: [
        { label: 'Transitions per run', value: String(states) },
        { label: 'Duration of a run', value: `${n(durationMs)} ms` },
        { label: 'Runs a month', value: n(runs) },
      ],
      unit: 'usd',
      answer,
      tolerance: 0.005,
      wrong: distinctWrong(answer, 0.005, [
        { mistake: 'free-tier-forgotten', value: standardMonthly(states, runs, false).totalUsd - express.totalUsd },
        { mistake: 'requests-forgotten', value: standard.totalUsd - noRequests },
        { mistake: 'duration-not-rounded', value: standard.totalUsd - notRounded },
        { mistake: 'express-transitions-billed', value: -express.totalUsd },
      ]).filter((w) => w.value > 0),
      working: [
        ...monthlyWorking(states, runs, standard.totalUsd).map((s) => ({ ...s, label: `Standard: ${s.label.toLowerCase()}` })),
        ...linesWorking(express).map((s) => ({ ...s, label: `Express: ${s.label.toLowerCase()}` })),
        usdStep('Saving a month', `${standard.total} − ${express.total}`, answer),
      ],
      summary: 'For short runs with several states, Express’s per-request and duration charges are far below a transition charge per state.',
      machines: [{
        definition,
        input: { orderId: 'A-1001' },
        type: 'STANDARD',
        tasks: Object.fromEntries(names.map((name) => [name, { durationMs: msPerState }])),
        checks: [
          transitionsCheck(states),
          { what: 'duration (ms)', expected: durationMs, actual: (r) => r.billing.durationMs },
          {
            what: 'saving a month (Standard − Express, same run)',
            expected: answer,
            tolerance: 1e-9,
            actual: (r) => projectMonthly(costOf(r, { type: 'STANDARD' }), runs).totalUsd - projectMonthly(costOf(r, { type: 'EXPRESS', memoryMb: 64 }), runs).totalUsd,
          },
        ],
      }],
    };
  },
});

export const BREAK_EVEN_GENERATORS = [standardVsExpressCheapest, breakEvenDuration, standardToExpressSavings];
