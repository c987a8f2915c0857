// Quiz questions about cost, with numbers that change per attempt. The right answer and every wrong answer
// come from the same pricing functions: a wrong answer is the model run with one classic mistake (retries
// forgotten, free tier forgotten, duration not rounded up, memory not rounded to 64 MB ...).

import type { ExecutionResult } from '../engine/types';
import { createRandom, type SeededRandom } from '../engine/random';
import { compareMapDesigns } from './compare';
import { breakdownForUsage, costOf, projectMonthly } from './cost';
import { emptyUsage } from './distributed-map';
import { billedDurationMs, estimateExpressMemory } from './express';
import { formatCount } from './money';
import type { CostBreakdown } from './types';

export type CostScenarioKind = 'standard-monthly' | 'express-monthly' | 'inline-map-monthly';

export interface CostChoice {
  display: string;
  usd: number;
  correct: boolean;
  /** For a wrong choice: the mistake that produces it. */
  mistake?: string;
}

export interface CostScenario {
  seed: number;
  kind: CostScenarioKind;
  question: string;
  params: Record<string, number | string>;
  answer: {
    usd: number;
    display: string;
    explanation: string;
    breakdown: CostBreakdown;
    /**
     * Typed-in answers inside this range are right: half a cent either side, widened for Express to cover
     * AWS's GB-hour arithmetic ($382.97 on the pricing page) as well as the per-GB-second rates ($382.88).
     */
    acceptedRange: { minUsd: number; maxUsd: number };
  };
  distractors: { usd: number; display: string; mistake: string }[];
  /** Answer and distractors, shuffled by the seed. */
  choices: CostChoice[];
}

const KINDS: CostScenarioKind[] = ['standard-monthly', 'express-monthly', 'inline-map-monthly'];

export function generateCostScenario(seed: number, kind?: CostScenarioKind): CostScenario {
  const random = createRandom(seed);
  const chosen = kind ?? (KINDS[random.int(KINDS.length)] as CostScenarioKind);
  const built =
    chosen === 'standard-monthly' ? standardScenario(random) : chosen === 'express-monthly' ? expressScenario(random) : inlineMapScenario(random);
  return finish(seed, chosen, built, random);
}

interface Built {
  question: string;
  params: Record<string, number | string>;
  answer: CostBreakdown;
  /** The same answer computed another accepted way (Express: GB-hour rates). */
  alsoAccepted?: CostBreakdown;
  explanation: string;
  wrong: { breakdown: CostBreakdown; mistake: string }[];
}

function pick<T>(random: SeededRandom, values: readonly T[]): T {
  return values[random.int(values.length)] as T;
}

function between(random: SeededRandom, min: number, max: number): number {
  return min + random.int(max - min + 1);
}

function standardRun(transitions: number, byState: Record<string, number>): ExecutionResult {
  return { status: 'SUCCEEDED', events: [], billing: { stateTransitions: transitions, durationMs: 0, historyEvents: 0, transitionsByState: byState } };
}

function standardScenario(random: SeededRandom): Built {
  const states = between(random, 3, 12);
  const retries = between(random, 1, 3);
  const runs = pick(random, [10_000, 20_000, 50_000, 100_000, 250_000, 1_000_000]);
  const month = (perRunTransitions: number, freeTier: boolean): CostBreakdown =>
    projectMonthly(costOf(standardRun(perRunTransitions, { 'All states': perRunTransitions }), { type: 'STANDARD' }), runs, { freeTier });
  const answer = month(states + retries, true);
  return {
    question:
      `A Standard workflow runs ${formatCount(runs)} times a month in us-east-1. Each run enters ${states} states, ` +
      `and one Task fails and is retried ${retries} time${retries > 1 ? 's' : ''} in every run before it succeeds. ` +
      'What is the monthly Step Functions charge, free tier included?',
    params: { runsPerMonth: runs, statesPerRun: states, retriesPerRun: retries, region: 'us-east-1' },
    answer,
    explanation:
      `(${states} + ${retries} retries) × ${formatCount(runs)} = ${formatCount((states + retries) * runs)} transitions; ` +
      `minus 4,000 free = ${formatCount(Math.max(0, (states + retries) * runs - 4000))}; × $0.025 per 1,000 = ${answer.total}.`,
    wrong: [
      { breakdown: month(states, true), mistake: 'Retries were not counted: each retry attempt is billed as another state transition.' },
      { breakdown: month(states + retries, false), mistake: 'The free tier was forgotten: the first 4,000 transitions each month are free.' },
      { breakdown: month(states + retries + 1, true), mistake: 'The start of the execution was counted as a transition; it is not one.' },
      { breakdown: month(states, false), mistake: 'Both the retries and the free tier were left out.' },
    ],
  };
}

function expressScenario(random: SeededRandom): Built {
  const runs = pick(random, [1_000_000, 5_000_000, 10_000_000, 30_000_000]);
  const durationMs = between(random, 2, 40) * 100 + between(random, 1, 49);
  const definitionKb = between(random, 5, 40);
  const payloadKb = between(random, 8, 40);
  const steps = between(random, 100, 600);
  const memory = estimateExpressMemory(
    { definitionBytes: definitionKb * 1000, dataBytes: payloadKb * 1000, mapParallelSteps: steps },
    { baseMemoryMb: 50, memoryChunkMb: 64 },
  );
  const run: ExecutionResult = {
    status: 'SUCCEEDED',
    events: [],
    billing: { stateTransitions: 0, durationMs, historyEvents: 0 },
  };
  const perRun = costOf(run, { type: 'EXPRESS', definitionBytes: definitionKb * 1000, dataBytes: payloadKb * 1000, mapParallelSteps: steps });
  const answer = projectMonthly(perRun, runs);
  const alsoAccepted = projectMonthly(perRun, runs, { durationRateBasis: 'per-gb-hour' });
  const variant = (billedMs: number, memoryMb: number, requests: boolean): CostBreakdown => {
    const usage = emptyUsage();
    usage.expressRequests = requests ? BigInt(runs) : 0n;
    usage.expressMbMs = BigInt(Math.round(memoryMb * 1000)) * BigInt(billedMs) * BigInt(runs) / 1000n;
    return breakdownForUsage(usage, { freeTier: true });
  };
  const billed = billedDurationMs(durationMs);
  const nearest = Math.round(durationMs / 100) * 100;
  return {
    question:
      `An Express workflow runs ${formatCount(runs)} times a month in us-east-1; each run takes ${formatCount(durationMs)} ms. ` +
      `Its definition is ${definitionKb} KB and it passes ${payloadKb} KB of data through ${steps} Map iterations. ` +
      'What is the monthly Express charge (requests + duration)?',
    params: { runsPerMonth: runs, durationMs, definitionKb, payloadKb, mapSteps: steps, region: 'us-east-1' },
    answer,
    alsoAccepted,
    explanation:
      `Memory: ${memory.formula}. Duration ${formatCount(durationMs)} ms is billed as ${formatCount(billed)} ms. ` +
      `${formatCount(runs)} requests × $1.00 per million, plus ${memory.billedMb} MB × ${formatCount(billed)} ms per run in GB-seconds at the monthly tiers = ${answer.total}.`,
    wrong: [
      { breakdown: variant(durationMs, memory.billedMb, true), mistake: 'Duration was not rounded up to the next 100 ms.' },
      { breakdown: variant(nearest, memory.billedMb, true), mistake: 'Duration was rounded to the nearest 100 ms instead of up.' },
      { breakdown: variant(billed, memory.estimateMb, true), mistake: 'Memory was not rounded up to a 64 MB chunk.' },
      { breakdown: variant(billed, memory.billedMb, false), mistake: 'The $1.00 per million requests charge was left out.' },
    ],
  };
}

function inlineMapScenario(random: SeededRandom): Built {
  const items = pick(random, [500, 1000, 2000, 5000]);
  const statesPerItem = between(random, 2, 4);
  const batchSize = pick(random, [25, 50, 100]);
  const runs = pick(random, [100, 1000, 5000]);
  const workload = { items, statesPerItem, parentStates: 2, itemDurationMs: 200, batchSize, includeWorkerLambda: false, runsPerMonth: runs };
  const comparison = compareMapDesigns(workload);
  const inline = comparison.designs[0]?.monthly as CostBreakdown;
  const remedy = comparison.designs[1]?.monthly as CostBreakdown;
  const oneTransitionPerIteration = compareMapDesigns({ ...workload, statesPerItem: 1 }).designs[0]?.monthly as CostBreakdown;
  const noFreeTier = projectMonthly(comparison.designs[0]?.perRun as CostBreakdown, runs, { freeTier: false });
  return {
    question:
      `A Standard workflow with an inline Map processes ${formatCount(items)} items per run; each iteration runs ${statesPerItem} states, ` +
      `and the parent has 2 states (the Map included). It runs ${formatCount(runs)} times a month in us-east-1. ` +
      'What do the state transitions cost per month, free tier included?',
    params: { items, statesPerItem, parentStates: 2, runsPerMonth: runs, batchSize, region: 'us-east-1' },
    answer: inline,
    explanation:
      `(2 + ${formatCount(items)} × ${statesPerItem}) × ${formatCount(runs)} transitions, minus 4,000 free, × $0.025 per 1,000 = ${inline.total}. ` +
      `The remedy, a Distributed Map with batches of ${batchSize} and Express children, costs ${remedy.total} a month.`,
    wrong: [
      { breakdown: oneTransitionPerIteration, mistake: 'Counted one transition per iteration: every state inside every iteration is a transition.' },
      { breakdown: noFreeTier, mistake: 'The free tier was forgotten.' },
      { breakdown: remedy, mistake: 'That is the batched Distributed Map (the remedy), not the inline Map.' },
    ],
  };
}

function finish(seed: number, kind: CostScenarioKind, built: Built, random: SeededRandom): CostScenario {
  const seen = new Set<string>([built.answer.total]);
  const range = acceptedRange(built);
  const distractors: CostScenario['distractors'] = [];
  for (const wrong of built.wrong) {
    if (distractors.length === 3) break;
    // A mistake that happens to give an accepted figure is no distractor.
    const usd = wrong.breakdown.totalUsd;
    if (seen.has(wrong.breakdown.total) || (usd >= range.minUsd && usd <= range.maxUsd)) continue;
    seen.add(wrong.breakdown.total);
    distractors.push({ usd: wrong.breakdown.totalUsd, display: wrong.breakdown.total, mistake: wrong.mistake });
  }
  const choices: CostChoice[] = [
    { display: built.answer.total, usd: built.answer.totalUsd, correct: true },
    ...distractors.map((d) => ({ display: d.display, usd: d.usd, correct: false, mistake: d.mistake })),
  ];
  for (let i = choices.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [choices[i], choices[j]] = [choices[j] as CostChoice, choices[i] as CostChoice];
  }
  return {
    seed,
    kind,
    question: built.question,
    params: built.params,
    answer: {
      usd: built.answer.totalUsd,
      display: built.answer.total,
      explanation: built.explanation,
      breakdown: built.answer,
      acceptedRange: acceptedRange(built),
    },
    distractors,
    choices,
  };
}

function acceptedRange(built: Built): { minUsd: number; maxUsd: number } {
  const values = [built.answer.totalUsd, ...(built.alsoAccepted ? [built.alsoAccepted.totalUsd] : [])];
  // Half a cent each side (an exact half cent rounds to the displayed figure), plus float slack.
  const halfCent = 0.005 + 1e-9;
  return { minUsd: Math.max(0, Math.min(...values) - halfCent), maxUsd: Math.max(...values) + halfCent };
}

/** True when a typed-in dollar amount answers the scenario (see answer.acceptedRange). */
export function isAcceptedCostAnswer(scenario: CostScenario, usd: number): boolean {
  return Number.isFinite(usd) && usd >= scenario.answer.acceptedRange.minUsd && usd <= scenario.answer.acceptedRange.maxUsd;
}
