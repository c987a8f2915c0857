// Grading a "restructure this machine" answer: parse and validate the learner's definition, run it on the
// item's input, and pass it when the output equals the starting machine's and a month of runs costs at most
// the target. The run goes through an injected MachineRunner: the server passes its bounded runner (a
// worker with a wall-clock budget), tests and the content check the in-process engine.

import { parseDefinition } from '../engine';
import type { ExecutionResult, JsonValue } from '../engine/types';
import { costOf, projectMonthly } from '../pricing';
import { startOptionsFor, type MachineRunner } from './machines';
import type { Materialized } from './materialize';
import type { GeneratedRestructure, RestructureReview, Verdict } from './types';

/** A learner's machine may make at most this many transitions in one graded run. */
export const RESTRUCTURE_MAX_TRANSITIONS = 20_000;
/** Longest accepted definition text (AWS's own limit is 1 MB; a quiz answer needs far less). */
export const RESTRUCTURE_MAX_CHARS = 100_000;

/** Deep equality of JSON values; object key order does not matter (it does not in the output either). */
export function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined || typeof a !== typeof b) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson(a[k], b[k]));
  }
  return false;
}

/** Runs one definition (text or object) on the item's input and prices a month of such runs. */
export async function runRestructure(
  g: GeneratedRestructure,
  text: string,
  run: MachineRunner,
  expectedOutput: JsonValue | undefined,
): Promise<{ review: RestructureReview; result?: ExecutionResult }> {
  if (text.length > RESTRUCTURE_MAX_CHARS) {
    return { review: { status: 'invalid', message: `The definition is ${text.length.toLocaleString('en-US')} characters long; keep it under ${RESTRUCTURE_MAX_CHARS.toLocaleString('en-US')}.` } };
  }
  const parsed = parseDefinition(text, { type: g.start.type });
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.definition || errors.length > 0) {
    return {
      review: {
        status: 'invalid',
        message: `The definition has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`} to fix before it can run.`,
        diagnostics: errors.slice(0, 10).map((d) => ({ message: d.message, line: d.range.start.line, column: d.range.start.column })),
      },
    };
  }
  const result = await run(text, g.start.input, startOptionsFor(g.start, { maxTransitions: RESTRUCTURE_MAX_TRANSITIONS }));
  if (result.status !== 'SUCCEEDED') {
    return {
      result,
      review: { status: 'failed', message: `The run ended ${result.status}${result.error ? ` with ${result.error}` : ''}${result.cause ? `: ${result.cause.slice(0, 300)}` : ''}.` },
    };
  }
  const transitionsPerRun = result.billing.stateTransitions;
  const month = projectMonthly(costOf(result, { type: g.start.type }), g.runsPerMonth);
  const priced = { monthlyDisplay: month.total, transitionsPerRun };
  if (!sameJson(result.output, expectedOutput)) {
    return { result, review: { status: 'output-changed', message: 'The run succeeded, but its output differs from the original machine’s.', ...priced } };
  }
  if (month.totalUsd > g.targetUsd) {
    return {
      result,
      review: { status: 'too-expensive', message: `Same output, but a month costs ${month.total}: over the target of ${g.targetDisplay}.`, ...priced },
    };
  }
  return { result, review: { status: 'passed', message: `Same output, and a month costs ${month.total}: within the target of ${g.targetDisplay}.`, ...priced } };
}

/** The output every answer must reproduce: the starting machine's, run in-process (it is our own machine). */
export async function expectedRestructureOutput(g: GeneratedRestructure, run: MachineRunner): Promise<JsonValue | undefined> {
  const result = await run(g.start.definition, g.start.input, startOptionsFor(g.start));
  return result.output;
}

export async function gradeRestructure(m: Materialized, text: string, run: MachineRunner, trustedRun: MachineRunner = run): Promise<Verdict> {
  const g = m.restructure;
  if (!g) throw new Error(`${m.item.id} is not a restructure item`);
  const expected = await expectedRestructureOutput(g, trustedRun);
  const { review } = await runRestructure(g, text, run, expected);
  return {
    itemId: m.item.id,
    seed: m.seed,
    correct: review.status === 'passed',
    correctAnswer: `Same output, at most ${g.targetDisplay} a month`,
    yourAnswer: review.monthlyDisplay ? `${review.monthlyDisplay} a month (${review.transitionsPerRun} transitions a run)` : review.message,
    working: m.working,
    summary: m.summary,
    restructure: review,
  };
}

