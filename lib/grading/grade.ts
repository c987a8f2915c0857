// grade(scenario, definition): validates the learner's definition for the scenario's execution type, runs
// every case against the simulated services, checks each run and explains the result in plain language.
// Pure: the same scenario and definition always give the same verdict (apart from `ms`).
import type { ScenarioCase } from '../content/scenario-schema';
import { createWorld, type World, type WorldInit } from '../engine/services';
import type { Diagnostic } from '../engine/types';
import { runChecks } from './checks';
import { prepareDefinition, statesByName } from './definition';
import { describeRun, plural } from './explain';
import { caseFeedback } from './feedback';
import { addGeneratedObjects } from './generated';
import { runCase, statesNamedBy } from './run-case';
import { DEFAULT_CASE_TRANSITIONS, type CaseVerdict, type GradableScenario, type GradeOptions, type Verdict } from './types';

const defaultNow = () => globalThis.performance.now();

/** The simulated account every case starts from (each run works on its own copy). */
export function scenarioWorld(scenario: Pick<GradableScenario, 'world' | 'generated'>): World {
  const world = createWorld((scenario.world ?? {}) as WorldInit);
  if (scenario.generated?.length) addGeneratedObjects(world, scenario.generated);
  return world;
}

function where(d: Diagnostic): string {
  const path = d.path.length ? ` at ${d.path.join('.')}` : '';
  return `line ${d.range.start.line}${path}`;
}

function invalidCase(c: ScenarioCase, diagnostics: Diagnostic[]): CaseVerdict {
  const first = diagnostics[0];
  const more = diagnostics.length > 1 ? ` (and ${plural(diagnostics.length - 1, 'more problem')})` : '';
  const feedback = first
    ? `The definition is not valid, so this case did not run: ${first.message} (${where(first)})${more}.`
    : 'The definition is not valid, so this case did not run.';
  return { name: c.name, visible: c.visible, passed: false, feedback, checks: [] };
}

export async function grade(scenario: GradableScenario, definition: string | object, options: GradeOptions = {}): Promise<Verdict> {
  const now = options.now ?? defaultNow;
  const started = now();
  const cases = options.only === 'visible' ? scenario.cases.filter((c) => c.visible) : scenario.cases;
  const finish = (results: CaseVerdict[], diagnostics?: Diagnostic[]): Verdict => {
    const passed = results.filter((r) => r.passed).length;
    const verdict: Verdict = {
      scenario: scenario.id,
      passed: results.length > 0 && passed === results.length,
      score: results.length ? Math.round((100 * passed) / results.length) : 0,
      ms: Math.round((now() - started) * 100) / 100,
      cases: results,
    };
    if (diagnostics) verdict.diagnostics = diagnostics;
    return verdict;
  };

  const prepared = prepareDefinition(definition, scenario.executionType);
  if (!prepared.ok) return finish(cases.map((c) => invalidCase(c, prepared.diagnostics)), prepared.diagnostics);

  const cap = Math.min(scenario.maxTransitions ?? DEFAULT_CASE_TRANSITIONS, options.maxTransitions ?? Infinity);
  const world = scenarioWorld(scenario);
  const known = statesByName(prepared.definition);
  const results: CaseVerdict[] = [];
  const deadline = options.budgetMs === undefined ? Infinity : started + options.budgetMs;
  for (const [i, c] of cases.entries()) {
    const left = deadline - now();
    if (left <= 0) {
      const feedback = `This case did not run: the grading used up its ${Math.round((options.budgetMs ?? 0) / 1000)} s before reaching it.`;
      results.push({ name: c.name, visible: c.visible, passed: false, feedback, checks: [] });
      continue;
    }
    options.onCase?.(`case ${i + 1} of ${cases.length}, "${c.name}"`);
    const missing = statesNamedBy(scenario, c).filter((s) => !known.has(s));
    if (missing.length) {
      const names = missing.map((s) => `'${s}'`).join(', ');
      const message = `this case makes ${names} fail or answer in a set way, but your definition has no ${missing.length > 1 ? 'states of those names' : 'state of that name'}: keep the state names the prompt and the starter use`;
      results.push({ name: c.name, visible: c.visible, passed: false, feedback: caseFeedback(c, [{ check: 'names', passed: false, message }], ''), checks: [{ check: 'names', passed: false, message }] });
      continue;
    }
    let run;
    try {
      run = await runCase(scenario, c, prepared.definition, world, {
        maxTransitions: cap,
        signal: options.signal,
        ...(Number.isFinite(left) ? { wallClockBudgetMs: Math.max(1, Math.floor(left)) } : {}),
      });
    } catch (e) {
      run = { ok: false as const, problem: `The run failed inside the simulator (${e instanceof Error ? e.message : String(e)}).` };
    }
    if (!run.ok) {
      results.push({ name: c.name, visible: c.visible, passed: false, feedback: run.problem, checks: [] });
      continue;
    }
    const checks = runChecks(c.expect, { obs: run.obs, executionType: scenario.executionType, definitionText: prepared.text });
    const verdict: CaseVerdict = {
      name: c.name,
      visible: c.visible,
      passed: checks.every((x) => x.passed),
      feedback: caseFeedback(c, checks, describeRun(run.obs)),
      checks,
      status: run.obs.result.status,
    };
    if (options.includeRuns) verdict.run = run.obs.result;
    results.push(verdict);
  }
  return finish(results);
}
