// What `npm run content:check` proves about every generator, across 200 seeds: parameters inside their
// ranges, answers finite and inside the stated range, the right answer apart from every wrong one, and for
// every machine a question gives, the engine's simulated figures equal the generator's arithmetic.

import type { ExecutionResult, JsonValue } from '../engine/types';
import { runInProcess, startOptionsFor, taskSpecsOf, type MachineRunner } from './machines';
import { paramProblem, drawParams } from './params';
import { cheapestKey } from './materialize';
import { expectedRestructureOutput, gradeRestructureTask } from './restructure';
import type { Generated, GeneratedKind, MachineSpec, QuizGenerator, QuizItemType, RestructureReview } from './types';
import { formatValue } from './units';

export const CHECK_SEEDS = 200;

/** Which item types can present a generator's output. */
export const TYPES_FOR_KIND: Record<GeneratedKind, readonly QuizItemType[]> = {
  value: ['single', 'numeric'],
  choice: ['single'],
  designs: ['cheapest-design'],
  restructure: ['restructure'],
};

export interface GeneratorProblem {
  seed: number;
  message: string;
}

/** Runs machines once per distinct (definition, input, type, tasks): many seeds draw the same parameters. */
export function cachedRunner(run: MachineRunner = runInProcess): MachineRunner & { runs: () => number } {
  const cache = new Map<string, Promise<ExecutionResult>>();
  let count = 0;
  const runner = ((definition, input, options) => {
    const key = JSON.stringify([definition, input, options.type, options.recordHistory, options.maxTransitions, taskSpecsOf(options.tasks) ?? null]);
    let hit = cache.get(key);
    if (!hit) {
      count++;
      hit = run(definition, input, options);
      cache.set(key, hit);
    }
    return hit;
  }) as MachineRunner & { runs: () => number };
  runner.runs = () => count;
  return runner;
}

function runSpec(spec: MachineSpec, run: MachineRunner): Promise<ExecutionResult> {
  return run(spec.definition, spec.input, startOptionsFor(spec));
}

async function checkMachine(spec: MachineSpec, run: MachineRunner, label: string): Promise<string[]> {
  const result = await runSpec(spec, run);
  const problems: string[] = [];
  for (const check of spec.checks) {
    let actual: number;
    try {
      actual = check.actual(result);
    } catch (error) {
      problems.push(`${label}: reading "${check.what}" from the engine's run failed: ${(error as Error).message}`);
      continue;
    }
    const tolerance = check.tolerance ?? 0;
    if (!Number.isFinite(actual) || Math.abs(actual - check.expected) > tolerance + 1e-9 * Math.max(1, Math.abs(check.expected))) {
      problems.push(
        `${label}: ${check.what}: the generator says ${check.expected}, the engine's run gives ${actual}` +
          (result.status !== 'SUCCEEDED' ? ` (the run ended ${result.status}: ${result.error ?? ''} ${result.cause?.slice(0, 160) ?? ''})` : ''),
      );
    }
  }
  return problems;
}

function checkValue(g: Extract<Generated, { kind: 'value' }>, range: QuizGenerator['answerRange']): string[] {
  const problems: string[] = [];
  if (!Number.isFinite(g.answer)) return [`the answer is ${g.answer}, not a finite number`];
  if (!range) problems.push('a value generator must declare answerRange');
  else if (g.answer < range.min || g.answer > range.max) problems.push(`the answer ${g.answer} is outside the stated range ${range.min}..${range.max}`);
  if (!(g.tolerance >= 0)) problems.push(`the tolerance ${g.tolerance} must be 0 or more`);
  const accepted = [g.answer, ...(g.alsoAccepted ?? [])];
  for (const a of accepted) if (!Number.isFinite(a)) problems.push(`an accepted figure is ${a}`);
  for (const w of g.wrong) {
    if (!Number.isFinite(w.value)) problems.push(`the wrong value for "${w.mistake}" is ${w.value}`);
    else if (accepted.some((a) => Math.abs(a - w.value) <= g.tolerance)) {
      problems.push(`the wrong value for "${w.mistake}" (${formatValue(w.value, g.unit)}) is within the tolerance of the right answer (${formatValue(g.answer, g.unit)})`);
    }
  }
  const mistakes = g.wrong.map((w) => w.mistake);
  if (new Set(mistakes).size !== mistakes.length) problems.push('two wrong values name the same mistake');
  if (g.working.length === 0) problems.push('the explanation shows no arithmetic');
  return problems;
}

function checkChoice(g: Extract<Generated, { kind: 'choice' }>): string[] {
  const problems: string[] = [];
  const correct = g.options.filter((o) => o.correct).length;
  if (correct !== 1) problems.push(`${correct} options are marked correct; exactly one must be`);
  if (g.options.length < 3) problems.push(`only ${g.options.length} options`);
  if (new Set(g.options.map((o) => o.text)).size !== g.options.length) problems.push('two options have the same text');
  for (const o of g.options) if (o.explanation.trim() === '') problems.push(`option "${o.text}" has no explanation`);
  return problems;
}

function checkDesigns(g: Extract<Generated, { kind: 'designs' }>): string[] {
  const problems: string[] = [];
  if (g.designs.length < 2) problems.push('fewer than two designs');
  const keyed = g.designs.map((d, i) => ({ ...d, key: String(i) }));
  const cheapest = cheapestKey(keyed);
  if (cheapest === undefined) return [...problems, 'no design can run'];
  const best = keyed.find((d) => d.key === cheapest);
  for (const d of keyed) {
    if (d.key === cheapest || d.monthlyUsd === null || !best || best.monthlyUsd === null) continue;
    if (d.monthlyUsd <= best.monthlyUsd || d.monthlyDisplay === best.monthlyDisplay) {
      problems.push(`"${d.title}" (${d.monthlyDisplay}) is not clearly dearer than the cheapest, "${best.title}" (${best.monthlyDisplay})`);
    }
  }
  for (const d of g.designs) if (d.monthlyUsd !== null && !Number.isFinite(d.monthlyUsd)) problems.push(`"${d.title}" costs ${d.monthlyUsd}`);
  return problems;
}

/** Every problem of one generator across `seeds` seeds (at most `limit` reported, then a count). */
export async function checkGenerator(
  generator: QuizGenerator,
  options: { seeds?: number; run?: MachineRunner; limit?: number } = {},
): Promise<GeneratorProblem[]> {
  const seeds = options.seeds ?? CHECK_SEEDS;
  const run = options.run ?? cachedRunner();
  const problems: GeneratorProblem[] = [];
  const outputs = new Map<string, Promise<JsonValue>>();
  const grades = new Map<string, Promise<RestructureReview>>();
  for (let seed = 0; seed < seeds; seed++) {
    const params = drawParams(generator.params, seed);
    for (const [name, spec] of Object.entries(generator.params)) {
      const problem = paramProblem(name, spec, params[name]);
      if (problem) problems.push({ seed, message: problem });
    }
    let generated: Generated;
    try {
      generated = generator.build(params);
    } catch (error) {
      problems.push({ seed, message: `build threw: ${(error as Error).message}` });
      continue;
    }
    if (generated.kind !== generator.kind) problems.push({ seed, message: `built a "${generated.kind}" question; the generator says "${generator.kind}"` });
    const found: string[] = [];
    if (generated.kind === 'value') found.push(...checkValue(generated, generator.answerRange));
    if (generated.kind === 'choice') found.push(...checkChoice(generated));
    if (generated.kind === 'designs') found.push(...checkDesigns(generated));
    const machines: [string, MachineSpec][] =
      generated.kind === 'designs'
        ? generated.designs.map((d) => [`design "${d.title}"`, d.machine])
        : generated.kind === 'restructure'
          ? [['starting machine', generated.start]]
          : (generated.machines ?? []).map((m, i) => [`machine ${i + 1}`, m]);
    for (const [label, spec] of machines) found.push(...(await checkMachine(spec, run, label)));
    if (generated.kind === 'restructure') {
      const key = JSON.stringify([generated.start.definition, generated.start.input]);
      let expected = outputs.get(key);
      if (!expected) {
        expected = expectedRestructureOutput(generated, run).catch((error: Error) => {
          found.push(error.message);
          return null;
        });
        outputs.set(key, expected);
      }
      const expectedOutput = await expected;
      const task = {
        itemId: generator.id,
        type: generated.start.type,
        input: generated.start.input,
        expectedOutput,
        targetUsd: generated.targetUsd,
        targetDisplay: generated.targetDisplay,
        runsPerMonth: generated.runsPerMonth,
      };
      const graded = (definition: string) => {
        const k = JSON.stringify([task, definition]);
        let hit = grades.get(k);
        if (!hit) {
          hit = gradeRestructureTask({ ...task, definition });
          grades.set(k, hit);
        }
        return hit;
      };
      const start = await graded(JSON.stringify(generated.start.definition));
      if (start.status !== 'too-expensive') found.push(`the starting machine must miss the target, but grading it says: ${start.status} (${start.message})`);
      const reference = await graded(JSON.stringify(generated.reference));
      if (reference.status !== 'passed') found.push(`the reference solution must pass, but grading it says: ${reference.status} (${reference.message})`);
    }
    for (const message of found) problems.push({ seed, message });
  }
  const limit = options.limit ?? 8;
  if (problems.length <= limit) return problems;
  return [...problems.slice(0, limit), { seed: -1, message: `… and ${problems.length - limit} more problems` }];
}
