// Runs a lesson's example (a <Sandbox/> or a <Cost/>) the way the sandbox runs it: the same engine, the
// same simulated services, faults written as lines, seed 1. The content check uses it to prove each
// `expect` claim and the cost components use it to compute their figures at build time. Pure.
import { parseDefinition, startExecution } from '../engine';
import type { Diagnostic, ExecutionResult, ExecutionType, JsonValue, StartOptions } from '../engine/types';
import { createServiceHandlers, parseMockConfig, type WorldInit } from '../engine/services';
import { faultRulesFromLines, parseFaultLines } from '../engine/services/fault-lines';

/** A run is bounded: a lesson's example must make its point in a few thousand transitions. */
export const EXAMPLE_TRANSITION_CAP = 50_000;
/** Real time a single example may take in the content check before it is stopped. */
export const EXAMPLE_WALL_CLOCK_MS = 20_000;
/** The sandbox's default seed, so jittered retries wait exactly as they do for a reader. */
export const EXAMPLE_SEED = 1;

export interface ExampleSpec {
  /** The definition as JSON or YAML text. */
  definitionText: string;
  input?: JsonValue;
  type?: ExecutionType;
  world?: JsonValue;
  mocks?: JsonValue;
  testCase?: string;
  /** "fail <state> <N> times with <Error>[: cause]" lines. */
  faults?: string;
  maxTransitions?: number;
}

export type ExampleRun =
  | { ok: false; stage: 'definition'; diagnostics: Diagnostic[] }
  | { ok: false; stage: 'setup'; message: string }
  | { ok: true; result: ExecutionResult; definitionText: string; type: ExecutionType; uncovered: string[] };

/** Parses, validates and runs an example. Never throws for bad content: problems come back as values. */
export async function runExample(spec: ExampleSpec, options: { signal?: AbortSignal } = {}): Promise<ExampleRun> {
  const type = spec.type ?? 'STANDARD';
  const parsed = parseDefinition(spec.definitionText, { type });
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.definition || errors.length > 0) return { ok: false, stage: 'definition', diagnostics: errors };

  const faults = parseFaultLines(spec.faults ?? '');
  if (faults.errors.length > 0) return { ok: false, stage: 'setup', message: `faults: ${faults.errors.map((e) => e.message).join('; ')}` };
  const states = Object.keys(parsed.definition.States);
  const unknownFault = faults.faults.find((f) => !mentionsState(spec.definitionText, f.state));
  if (unknownFault) {
    return { ok: false, stage: 'setup', message: `faults: no state is named "${unknownFault.state}" (top-level states: ${states.join(', ')})` };
  }

  let mockConfig;
  if (spec.mocks !== undefined) {
    if (!spec.testCase) return { ok: false, stage: 'setup', message: 'mocks needs testCase: the name of the test case to run' };
    const m = parseMockConfig(spec.mocks);
    if (!m.ok) return { ok: false, stage: 'setup', message: `mocks: ${m.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}` };
    mockConfig = m.config;
  } else if (spec.testCase !== undefined) {
    return { ok: false, stage: 'setup', message: 'testCase needs mocks: a mock config to take the test case from' };
  }

  let services;
  try {
    services = createServiceHandlers({
      ...(spec.world !== undefined ? { world: spec.world as WorldInit } : {}),
      ...(faults.faults.length ? { faults: faultRulesFromLines(faults.faults) } : {}),
      ...(mockConfig ? { mockConfig, testCase: spec.testCase! } : {}),
    });
  } catch (e) {
    return { ok: false, stage: 'setup', message: e instanceof Error ? e.message : String(e) };
  }

  const startOptions: StartOptions = {
    type,
    seed: EXAMPLE_SEED,
    tasks: services.handlers,
    maxTransitions: Math.min(spec.maxTransitions ?? EXAMPLE_TRANSITION_CAP, EXAMPLE_TRANSITION_CAP),
  };
  if (options.signal) startOptions.signal = options.signal;
  const result = await startExecution(parsed.definition, spec.input ?? {}, startOptions);
  return { ok: true, result, definitionText: spec.definitionText, type, uncovered: services.uncoveredInvocations.map((u) => u.message) };
}

/** A fault may name a state nested in a Map or Parallel, so look for the name as a key anywhere. */
function mentionsState(definitionText: string, state: string): boolean {
  return definitionText.includes(`"${state}"`) || new RegExp(`(^|\\s)${state.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'm').test(definitionText);
}

/** Every state name a run entered, the parent's and its Distributed Map children's. */
export function visitedStates(result: ExecutionResult): Set<string> {
  const names = new Set<string>();
  const collect = (r: ExecutionResult) => {
    for (const event of r.events) {
      if (!event.type.endsWith('StateEntered')) continue;
      const details = event.stateEnteredEventDetails as { name?: unknown } | undefined;
      if (typeof details?.name === 'string') names.add(details.name);
    }
    for (const run of r.mapRuns ?? []) for (const child of run.children) collect(child);
  };
  collect(result);
  return names;
}
