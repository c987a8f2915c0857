// Grading a "restructure this machine" answer with lib/grading: the item becomes a one-case scenario whose
// case expects the run to succeed, its output to equal the starting machine's, and a month of runs to cost
// at most the target (lib/grading's `output` and `cost` checks, priced by lib/pricing). The server runs this
// inside a bounded worker (lib/quiz-server); tests and the content check run it in-process.

import type { ScenarioCase } from '../content/scenario-schema';
import type { ExecutionType, JsonValue } from '../engine/types';
import { grade, type CheckKind, type GradableScenario } from '../grading';
import { costOf, projectMonthly } from '../pricing';
import { runInProcess, startOptionsFor, type MachineRunner } from './machines';
import type { Materialized } from './materialize';
import type { GeneratedRestructure, RestructureReview, Verdict } from './types';

/** A learner's machine may make at most this many transitions in one graded run. */
export const RESTRUCTURE_MAX_TRANSITIONS = 20_000;

/** Everything grading one answer needs, as plain data (it crosses a worker boundary on the server). */
export interface RestructureTask {
  itemId: string;
  type: ExecutionType;
  input: JsonValue;
  expectedOutput: JsonValue;
  targetUsd: number;
  targetDisplay: string;
  runsPerMonth: number;
  definition: string;
}

const CASE_NAME = 'Same output, within the target';

export function restructureScenario(task: Omit<RestructureTask, 'definition'>): GradableScenario {
  const only: ScenarioCase = {
    name: CASE_NAME,
    when: 'When your machine runs on the item’s input',
    visible: true,
    expect: {
      status: 'SUCCEEDED',
      output: { equals: task.expectedOutput },
      cost: { maxUsd: task.targetUsd, runsPerMonth: task.runsPerMonth },
    },
  };
  return { id: task.itemId, executionType: task.type, input: task.input, maxTransitions: RESTRUCTURE_MAX_TRANSITIONS, cases: [only] };
}

const FIRST_FAILURE: [CheckKind, RestructureReview['status']][] = [
  ['status', 'failed'],
  ['output', 'output-changed'],
  ['cost', 'too-expensive'],
];

/** Grades one definition text. Pure apart from the engine runs lib/grading makes; never throws for bad input. */
export async function gradeRestructureTask(task: RestructureTask): Promise<RestructureReview> {
  const verdict = await grade(restructureScenario(task), task.definition, { includeRuns: true });
  if (verdict.diagnostics?.length) {
    const errors = verdict.diagnostics.filter((d) => d.severity === 'error');
    return {
      status: 'invalid',
      message: `The definition has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`} to fix before it can run.`,
      diagnostics: errors.slice(0, 10).map((d) => ({ message: d.message, line: d.range.start.line, column: d.range.start.column })),
    };
  }
  const only = verdict.cases[0];
  if (!only) return { status: 'failed', message: 'The definition could not be graded.' };
  const run = only.run;
  const priced =
    run && run.status === 'SUCCEEDED'
      ? { monthlyDisplay: projectMonthly(costOf(run, { type: task.type }), task.runsPerMonth).total, transitionsPerRun: run.billing.stateTransitions }
      : {};
  if (only.passed) return { status: 'passed', message: `${only.feedback}`, ...priced };
  const failed = new Set(only.checks.filter((c) => !c.passed).map((c) => c.check));
  const status = FIRST_FAILURE.find(([check]) => failed.has(check))?.[1] ?? 'failed';
  return { status, message: only.feedback, ...priced };
}

/** The output every answer must reproduce: the starting machine's (our own machine, run in-process). */
export async function expectedRestructureOutput(g: GeneratedRestructure, run: MachineRunner = runInProcess): Promise<JsonValue> {
  const result = await run(g.start.definition, g.start.input, startOptionsFor(g.start));
  if (result.status !== 'SUCCEEDED' || result.output === undefined) {
    throw new Error(`the starting machine itself ended ${result.status}: ${result.error ?? ''} ${result.cause ?? ''}`);
  }
  return result.output;
}

export async function restructureTask(m: Materialized, definition: string, run: MachineRunner = runInProcess): Promise<RestructureTask> {
  const g = m.restructure;
  if (!g) throw new Error(`${m.item.id} is not a restructure item`);
  return {
    itemId: m.item.id,
    type: g.start.type,
    input: g.start.input,
    expectedOutput: await expectedRestructureOutput(g, run),
    targetUsd: g.targetUsd,
    targetDisplay: g.targetDisplay,
    runsPerMonth: g.runsPerMonth,
    definition,
  };
}

/** The verdict a learner sees for a restructure answer, from the review grading produced. */
export function restructureVerdict(m: Materialized, review: RestructureReview): Verdict {
  const g = m.restructure;
  return {
    itemId: m.item.id,
    seed: m.seed,
    correct: review.status === 'passed',
    correctAnswer: `The same output, at most ${g?.targetDisplay ?? 'the target'} a month`,
    yourAnswer: review.monthlyDisplay ? `${review.monthlyDisplay} a month (${review.transitionsPerRun?.toLocaleString('en-US')} transitions a run)` : review.message,
    working: m.working,
    summary: m.summary,
    restructure: review,
  };
}
