// Runs one case: the learner's definition against the scenario's simulated account, with the case's faults
// or mock test case, recording a trace so the checks can follow the path the run took.
import type { ScenarioCase } from '../content/scenario-schema';
import { compileStateMachine } from '../engine';
import { createServiceHandlers, type FaultRule, type World } from '../engine/services';
import type { JsonValue, StartOptions, StateMachineDefinition } from '../engine/types';
import { observe, type Observation } from './observation';
import type { GradableScenario } from './types';

export interface CaseRunOptions {
  maxTransitions: number;
  signal?: AbortSignal | undefined;
  /** The engine's wall-clock budget for this run, in real milliseconds. */
  wallClockBudgetMs?: number | undefined;
}

export type CaseRun = { ok: true; obs: Observation } | { ok: false; problem: string };

/**
 * State names a case's set-up relies on: where it injects faults and what its mock test case mocks. Without
 * them the situation the case describes never happens, so the run would say nothing about the learner's
 * answer. (States its checks name may be the learner's to create: a missing one simply fails its check.)
 */
export function statesNamedBy(scenario: GradableScenario, c: ScenarioCase): string[] {
  const names = new Set<string>();
  for (const f of c.faults ?? []) if (f.state) names.add(f.state);
  if (c.mockTestCase !== undefined && scenario.mockConfig) {
    const machine = scenario.stateMachineName ?? Object.keys(scenario.mockConfig.StateMachines)[0];
    const mocked = machine === undefined ? undefined : scenario.mockConfig.StateMachines[machine]?.TestCases[c.mockTestCase];
    for (const state of Object.keys(mocked ?? {})) names.add(state);
  }
  return [...names];
}

export async function runCase(
  scenario: GradableScenario,
  c: ScenarioCase,
  definition: StateMachineDefinition,
  world: World,
  options: CaseRunOptions,
): Promise<CaseRun> {
  let services;
  try {
    services = createServiceHandlers({
      world,
      ...(c.faults?.length ? { faults: c.faults as FaultRule[] } : {}),
      ...(c.mockTestCase !== undefined && scenario.mockConfig
        ? { mockConfig: scenario.mockConfig, testCase: c.mockTestCase, ...(scenario.stateMachineName ? { stateMachineName: scenario.stateMachineName } : {}) }
        : {}),
    });
  } catch (e) {
    return { ok: false, problem: `The case could not be set up (${e instanceof Error ? e.message : String(e)}); tell the instructor.` };
  }
  const start: StartOptions = {
    type: scenario.executionType,
    tasks: services.handlers,
    trace: true,
    seed: 0,
    maxTransitions: options.maxTransitions,
    name: 'grading',
  };
  if (scenario.stateMachineName) start.stateMachineName = scenario.stateMachineName;
  if (options.signal) start.signal = options.signal;
  if (options.wallClockBudgetMs !== undefined) start.wallClockBudgetMs = options.wallClockBudgetMs;
  const input = (c.input ?? scenario.input ?? {}) as JsonValue;
  // Compiled once per definition and type: the other cases of the scenario reuse it.
  const result = await compileStateMachine(definition, { type: scenario.executionType }).startExecution(input, start);
  return { ok: true, obs: observe(result, services.world, definition) };
}
