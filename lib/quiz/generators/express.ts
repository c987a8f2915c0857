// Express workflows: $1.00 per million requests plus GB-seconds of duration, duration rounded up to the next
// 100 ms and memory billed in 64 MB chunks, with monthly duration tiers.

import type { ExecutionResult } from '../../engine/types';
import { billedDurationMs, costOf, estimateExpressMemory, projectMonthly, type CostBreakdown } from '../../pricing';
import { EXPRESS_REQUEST_RATE, EXPRESS_TIER1_RATE, expressUsage, gbSeconds, MB_MS_PER_GBS, n, priceMonth, USD_PER_GB_SECOND_TIER1 } from '../cost-math';
import { lambdaTask, machine, stepNames } from '../machines';
import { formatNumber } from '../units';
import type { ArithmeticStep } from '../types';
import { defineGenerator, step, usdStep } from './define';
import { distinctWrong } from './free-tier';

const MEMORY = { baseMemoryMb: 50, memoryChunkMb: 64 };

/** The bill's own lines as working: quantity × rate = amount, one per line lib/pricing priced. */
export function linesWorking(breakdown: CostBreakdown): ArithmeticStep[] {
  return breakdown.lines
    .filter((line) => line.amountUsd > 0 || line.id.includes('free'))
    .map((line) => step(line.label, `${formatNumber(line.quantity, 4)} ${line.unit} × ${line.unitRate}`, line.amount));
}

function expressRun(durationMs: number): ExecutionResult {
  return { status: 'SUCCEEDED', events: [], billing: { stateTransitions: 0, durationMs, historyEvents: 0 } };
}

export const expressMonthly = defineGenerator({
  id: 'express-monthly',
  description: 'Monthly cost of an Express workflow from its duration and estimated memory',
  kind: 'value',
  params: {
    runs: { label: 'Runs a month', values: [1_000_000, 5_000_000, 10_000_000, 30_000_000] },
    tenths: { label: 'Whole 100 ms of duration', min: 2, max: 40 },
    extraMs: { label: 'Extra ms of duration', min: 1, max: 49 },
    definitionKb: { label: 'Definition size (KB)', min: 5, max: 40 },
    payloadKb: { label: 'Execution data (KB)', min: 8, max: 40 },
    steps: { label: 'Map iterations', min: 100, max: 600 },
  },
  answerRange: { min: 1, max: 20_000 },
  build({ runs, tenths, extraMs, definitionKb, payloadKb, steps }) {
    const durationMs = tenths * 100 + extraMs;
    const memory = estimateExpressMemory({ definitionBytes: definitionKb * 1000, dataBytes: payloadKb * 1000, mapParallelSteps: steps }, MEMORY);
    const perRun = costOf(expressRun(durationMs), {
      type: 'EXPRESS',
      definitionBytes: definitionKb * 1000,
      dataBytes: payloadKb * 1000,
      mapParallelSteps: steps,
    });
    const month = projectMonthly(perRun, runs);
    const gbHour = projectMonthly(perRun, runs, { durationRateBasis: 'per-gb-hour' });
    const billed = billedDurationMs(durationMs);
    const variant = (ms: number, mb: number, requests: boolean) => {
      const usage = expressUsage(runs, ms, 1);
      usage.expressMbMs = BigInt(Math.round(runs * ms * mb));
      if (!requests) usage.expressRequests = 0n;
      return priceMonth(usage).totalUsd;
    };
    const answer = month.totalUsd;
    const tolerance = 0.005 + Math.abs(gbHour.totalUsd - answer);
    return {
      kind: 'value',
      prompt:
        `An Express workflow runs ${n(runs)} times a month in us-east-1 and each run takes ${n(durationMs)} ms. Its definition is ` +
        `${definitionKb} KB and it passes ${payloadKb} KB of data through ${steps} Map iterations. What does it cost a month (requests + duration)?`,
      facts: [
        { label: 'Runs a month', value: n(runs) },
        { label: 'Duration of a run', value: `${n(durationMs)} ms` },
        { label: 'Memory estimate', value: `50 MB + ${definitionKb} KB + ${payloadKb} KB × ${steps}` },
      ],
      unit: 'usd',
      answer,
      alsoAccepted: [gbHour.totalUsd],
      tolerance,
      wrong: distinctWrong(answer, tolerance, [
        { mistake: 'duration-not-rounded', value: variant(durationMs, memory.billedMb, true) },
        { mistake: 'duration-rounded-nearest', value: variant(Math.round(durationMs / 100) * 100, memory.billedMb, true) },
        { mistake: 'memory-not-rounded', value: variant(billed, memory.estimateMb, true) },
        { mistake: 'requests-forgotten', value: variant(billed, memory.billedMb, false) },
      ]),
      working: [
        step('Memory', memory.formula, `${memory.billedMb} MB`),
        step('Billed duration', `${n(durationMs)} ms rounded up to the next 100 ms`, `${n(billed)} ms`),
        step('GB-seconds a month', `${n(runs)} × ${n(billed)} ms × ${memory.billedMb} MB ÷ ${n(MB_MS_PER_GBS)}`, formatNumber(gbSeconds(runs * billed * memory.billedMb), 4)),
        ...linesWorking(month),
        usdStep('Cost a month', 'requests + duration', answer),
      ],
      summary: `Express bills each run’s duration rounded up to 100 ms, times its memory rounded up to 64 MB, plus ${EXPRESS_REQUEST_RATE} per million runs.`,
    };
  },
});

export const expressTiersMonthly = defineGenerator({
  id: 'express-tiers-monthly',
  description: 'Monthly cost of a large Express workload across the duration tiers (AWS’s own worked example among the draws)',
  kind: 'value',
  params: {
    runs: { label: 'Runs a month', values: [10_000_000, 50_000_000, 100_000_000, 200_000_000] },
    seconds: { label: 'Seconds per run', values: [1, 2, 5, 10, 20] },
    memoryMb: { label: 'Billed memory (MB)', values: [64, 128] },
  },
  answerRange: { min: 10, max: 8_000 },
  build({ runs, seconds, memoryMb }) {
    const perRun = costOf(expressRun(seconds * 1000), { type: 'EXPRESS', memoryMb });
    const month = projectMonthly(perRun, runs);
    const gbHour = projectMonthly(perRun, runs, { durationRateBasis: 'per-gb-hour' });
    const gbs = gbSeconds(runs * seconds * 1000 * memoryMb);
    const requestsUsd = priceMonth(expressUsage(runs, 0, 0)).totalUsd;
    const answer = month.totalUsd;
    // AWS's worked example prices duration with the GB-hour rates ($382.97 for 100M × 10 s × 64 MB); the
    // per-GB-second rates give $382.88. Both are right, so both are accepted (../shared facts sheet).
    const tolerance = 0.005 + Math.abs(gbHour.totalUsd - answer);
    return {
      kind: 'value',
      prompt:
        `An Express workflow runs ${n(runs)} times a month in us-east-1; each run lasts exactly ${seconds} s and is billed at ${memoryMb} MB. ` +
        'It is the account’s only Express workflow. What does it cost a month, requests and duration together?',
      facts: [
        { label: 'Runs a month', value: n(runs) },
        { label: 'Duration of a run', value: `${seconds} s` },
        { label: 'Billed memory', value: `${memoryMb} MB` },
      ],
      unit: 'usd',
      answer,
      alsoAccepted: [gbHour.totalUsd],
      tolerance,
      wrong: distinctWrong(answer, tolerance, [
        { mistake: 'tiers-ignored', value: requestsUsd + gbs * USD_PER_GB_SECOND_TIER1 },
        { mistake: 'requests-forgotten', value: answer - requestsUsd },
        { mistake: 'gb-as-1000-mb', value: priceMonth({ ...expressUsage(runs, 0, 0), expressMbMs: BigInt(Math.round((runs * seconds * 1000 * memoryMb * 1024) / 1000)) }).totalUsd },
      ]),
      working: [
        step('GB-seconds a month', `${n(runs)} × ${seconds} s × ${memoryMb} MB ÷ 1,024`, formatNumber(gbs, 4)),
        ...linesWorking(month),
        usdStep('Cost a month', 'requests + every duration tier', answer),
      ],
      summary:
        `Past 1,000 GB-hours a month each further GB-second is cheaper, so a big Express workload costs less than GB-seconds × ${EXPRESS_TIER1_RATE}. ` +
        `AWS's page prices the tiers per GB-hour; that arithmetic, ${gbHour.total}, is accepted too.`,
    };
  },
});

export const expressBilledDuration = defineGenerator({
  id: 'express-billed-duration',
  description: 'Billed duration of one Express run whose Tasks take uneven times',
  kind: 'value',
  params: {
    tasks: { label: 'Task states', min: 2, max: 4 },
    t1: { label: 'ms of task 1', min: 21, max: 480 },
    t2: { label: 'ms of task 2', min: 21, max: 480 },
    t3: { label: 'ms of task 3', min: 21, max: 480 },
    t4: { label: 'ms of task 4', min: 21, max: 480 },
  },
  answerRange: { min: 100, max: 2000 },
  build({ tasks, t1, t2, t3, t4 }) {
    const times = [t1, t2, t3, t4].slice(0, tasks);
    const names = stepNames(tasks);
    const definition = machine(names.map((name) => [name, lambdaTask(name.toLowerCase())]));
    const total = times.reduce((a, b) => a + b, 0);
    const answer = billedDurationMs(total);
    return {
      kind: 'value',
      prompt: `This Express workflow calls ${tasks} Lambda functions one after another; the calls take ${times.map((t) => `${t} ms`).join(', ')}. For how long is one run billed?`,
      facts: names.map((name, i) => ({ label: name, value: `${times[i]} ms` })),
      unit: 'ms',
      answer,
      tolerance: 0,
      wrong: distinctWrong(answer, 0, [
        { mistake: 'duration-not-rounded', value: total },
        { mistake: 'duration-rounded-nearest', value: Math.max(100, Math.round(total / 100) * 100) },
        { mistake: 'duration-rounded-per-state', value: times.reduce((sum, t) => sum + billedDurationMs(t), 0) },
        { mistake: 'duration-rounded-to-second', value: Math.ceil(total / 1000) * 1000 },
      ]),
      working: [
        step('Duration, start to end', times.map((t) => `${t} ms`).join(' + '), `${n(total)} ms`),
        step('Billed duration', `${n(total)} ms rounded up to the next 100 ms`, `${n(answer)} ms`),
      ],
      summary: 'Express rounds the whole run’s duration up to the next 100 ms, once per execution (not per state).',
      machines: [{
        definition,
        input: { orderId: 'A-1001' },
        type: 'EXPRESS',
        tasks: Object.fromEntries(names.map((name, i) => [name, { durationMs: times[i] as number }])),
        checks: [
          { what: 'simulated duration (ms)', expected: total, actual: (r) => r.billing.durationMs },
          { what: 'billed duration (ms)', expected: answer, actual: (r) => costOf(r, { type: 'EXPRESS' }).express?.billedDurationMs ?? -1 },
        ],
      }],
    };
  },
});

export const expressBilledMemory = defineGenerator({
  id: 'express-billed-memory',
  description: 'Billed memory of an Express run from the 50 MB + definition + data × Map steps estimate',
  kind: 'value',
  params: {
    definitionKb: { label: 'Definition size (KB)', min: 5, max: 60 },
    payloadKb: { label: 'Execution data (KB)', values: [8, 16, 24, 32, 48, 64] },
    steps: { label: 'Map iterations', values: [100, 250, 400, 500, 1000, 2000] },
  },
  answerRange: { min: 64, max: 192 },
  build({ definitionKb, payloadKb, steps }) {
    const memory = estimateExpressMemory({ definitionBytes: definitionKb * 1000, dataBytes: payloadKb * 1000, mapParallelSteps: steps }, MEMORY);
    const withoutSteps = estimateExpressMemory({ definitionBytes: definitionKb * 1000, dataBytes: payloadKb * 1000, mapParallelSteps: 1 }, MEMORY);
    const answer = memory.billedMb;
    return {
      kind: 'value',
      prompt:
        `An Express workflow's definition is ${definitionKb} KB, and it passes ${payloadKb} KB of data through a Map with ${n(steps)} iterations. ` +
        'At how many MB of memory is each run billed?',
      facts: [
        { label: 'Definition', value: `${definitionKb} KB` },
        { label: 'Execution data', value: `${payloadKb} KB` },
        { label: 'Map iterations', value: n(steps) },
      ],
      unit: 'mb',
      answer,
      tolerance: 0,
      wrong: distinctWrong(answer, 0, [
        { mistake: 'memory-not-rounded', value: Math.round(memory.estimateMb * 100) / 100 },
        { mistake: 'map-steps-forgotten', value: withoutSteps.billedMb },
      ]),
      working: [
        step('Estimate', `50 MB + ${definitionKb} KB + ${payloadKb} KB × ${n(steps)} (1 MB = 1,000 KB)`, `${formatNumber(memory.estimateMb, 2)} MB`),
        step('Billed memory', `${formatNumber(memory.estimateMb, 2)} MB rounded up to a multiple of 64 MB`, `${answer} MB`),
      ],
      summary: 'Express memory is an estimate from the definition and data sizes, billed in 64 MB chunks: data × Map steps usually dominates.',
    };
  },
});

export const expressGbSeconds = defineGenerator({
  id: 'express-gb-seconds',
  description: 'GB-seconds a month of an Express workflow, with duration and memory rounding',
  kind: 'value',
  params: {
    runs: { label: 'Runs a month', values: [1_000_000, 2_000_000, 5_000_000] },
    durationMs: { label: 'Duration of a run (ms)', min: 120, max: 2950 },
    estimateMb: { label: 'Memory estimate (MB)', values: [52, 70, 100, 130, 150] },
  },
  answerRange: { min: 12_000, max: 3_000_000 },
  build({ runs, durationMs, estimateMb }) {
    const billedMs = billedDurationMs(durationMs);
    const billedMb = Math.ceil(estimateMb / 64) * 64;
    const answer = gbSeconds(runs * billedMs * billedMb);
    return {
      kind: 'value',
      prompt:
        `An Express workflow runs ${n(runs)} times a month; each run takes ${n(durationMs)} ms and its memory estimate is ${estimateMb} MB. ` +
        'How many GB-seconds of duration are billed a month?',
      facts: [
        { label: 'Runs a month', value: n(runs) },
        { label: 'Duration', value: `${n(durationMs)} ms` },
        { label: 'Memory estimate', value: `${estimateMb} MB` },
      ],
      unit: 'gb-seconds',
      answer,
      tolerance: 0.5,
      wrong: distinctWrong(answer, 0.5, [
        { mistake: 'duration-not-rounded', value: gbSeconds(runs * durationMs * billedMb) },
        { mistake: 'memory-not-rounded', value: gbSeconds(runs * billedMs * estimateMb) },
        { mistake: 'gb-as-1000-mb', value: (runs * billedMs * billedMb) / 1_000_000 },
      ]),
      working: [
        step('Billed duration', `${n(durationMs)} ms rounded up to the next 100 ms`, `${n(billedMs)} ms`),
        step('Billed memory', `${estimateMb} MB rounded up to a multiple of 64 MB`, `${billedMb} MB`),
        step('GB-seconds a month', `${n(runs)} × ${n(billedMs)} ms × ${billedMb} MB ÷ ${n(MB_MS_PER_GBS)}`, formatNumber(answer, 4)),
      ],
      summary: `A GB-second is 1,024 MB for 1,000 ms. At ${EXPRESS_TIER1_RATE} per GB-second, plus ${EXPRESS_REQUEST_RATE} per million requests.`,
    };
  },
});

export const EXPRESS_GENERATORS = [expressMonthly, expressTiersMonthly, expressBilledDuration, expressBilledMemory, expressGbSeconds];
