// Step Functions Local's MockConfigFile: named test cases that map Task states to mocked responses, each
// response keyed by 0-based invocation numbers or inclusive ranges ("0", "1-2") holding exactly one of
// Return or Throw {Error, Cause}. Retries consume invocation numbers. As AWS documents, a mocked Task
// needs a response for every invocation it makes: when a run goes past the keys, the execution fails
// (States.Runtime, which no Retry/Catch on States.ALL can swallow) and the gap is reported.
// Source: developer guide, "Configuration file for mocked service integrations" (sfn-local-mock-cfg-file).

import { z } from 'zod';
import type { JsonValue, TaskHandler, TaskInvocation, TaskOutcome } from '../types';
import { inRange, parseInvocationRange, type InvocationRange } from './invocation-range';
import { own, setOwn } from '../own';
import { STATES_ERRORS } from '../asl/errors';

const throwSchema = z
  .object({ Error: z.string({ error: 'Throw.Error must be a string' }), Cause: z.string({ error: 'Throw.Cause must be a string' }) })
  .strict();

const responseSchema = z
  .object({ Return: z.unknown().optional(), Throw: throwSchema.optional() })
  .strict()
  .superRefine((value, ctx) => {
    const has = ['Return', 'Throw'].filter((k) => k in value);
    if (has.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `A mocked response holds exactly one of "Return" or "Throw" (found ${has.length ? has.join(' and ') : 'neither'})`, path: [] });
    }
  });

const mockConfigSchema = z
  .object({
    StateMachines: z.record(
      z.string(),
      z.object({ TestCases: z.record(z.string(), z.record(z.string(), z.string({ error: 'A test case maps a state name to the name of a mocked response (a string)' }))) }).strict(),
    ),
    MockedResponses: z.record(z.string(), z.record(z.string(), responseSchema)),
  })
  .strict();

export type MockedResponse = { Return: JsonValue } | { Throw: { Error: string; Cause: string } };
export interface MockConfig {
  StateMachines: Record<string, { TestCases: Record<string, Record<string, string>> }>;
  MockedResponses: Record<string, Record<string, MockedResponse>>;
}

export interface MockConfigIssue {
  path: (string | number)[];
  message: string;
  severity: 'error' | 'warning';
}

export type MockConfigParse = { ok: true; config: MockConfig; warnings: MockConfigIssue[] } | { ok: false; issues: MockConfigIssue[] };

/** Parses and checks a mock config (JSON text or a value): shape, keys, overlaps, references, gaps. */
export function parseMockConfig(input: unknown): MockConfigParse {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { ok: false, issues: [{ path: [], message: `The mock config is not valid JSON: ${(e as Error).message}`, severity: 'error' }] };
    }
  }
  const parsed = mockConfigSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message, severity: 'error' as const })),
    };
  }
  const config = parsed.data as MockConfig;
  const issues: MockConfigIssue[] = [];
  for (const [mockName, responses] of Object.entries(config.MockedResponses)) {
    const ranges: { key: string; range: InvocationRange }[] = [];
    for (const key of Object.keys(responses)) {
      const range = parseInvocationRange(key);
      if (typeof range === 'string') {
        issues.push({ path: ['MockedResponses', mockName, key], message: range, severity: 'error' });
        continue;
      }
      const clash = ranges.find((r) => range.from <= r.range.to && r.range.from <= range.to);
      if (clash) issues.push({ path: ['MockedResponses', mockName, key], message: `Invocation keys "${clash.key}" and "${key}" overlap: each invocation number needs exactly one response`, severity: 'error' });
      ranges.push({ key, range });
    }
    if (Object.keys(responses).length === 0) {
      issues.push({ path: ['MockedResponses', mockName], message: 'A mocked response needs at least one invocation key such as "0"', severity: 'error' });
      continue;
    }
    const sorted = ranges.map((r) => r.range).sort((a, b) => a.from - b.from);
    let next = 0;
    for (const r of sorted) {
      if (r.from > next) {
        issues.push({
          path: ['MockedResponses', mockName],
          message: `Invocations ${next === r.from - 1 ? next : `${next}-${r.from - 1}`} have no response: a run that reaches them fails, as in Step Functions Local`,
          severity: 'warning',
        });
      }
      next = Math.max(next, r.to + 1);
    }
  }
  for (const [machine, { TestCases }] of Object.entries(config.StateMachines)) {
    for (const [testCase, states] of Object.entries(TestCases)) {
      for (const [state, mockName] of Object.entries(states)) {
        if (!(mockName in config.MockedResponses)) {
          const known = Object.keys(config.MockedResponses);
          issues.push({
            path: ['StateMachines', machine, 'TestCases', testCase, state],
            message: `Test case "${testCase}" maps state "${state}" to "${mockName}", which MockedResponses does not define${known.length ? ` (defined: ${known.join(', ')})` : ''}`,
            severity: 'error',
          });
        }
      }
    }
  }
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) return { ok: false, issues };
  return { ok: true, config, warnings: issues };
}

/** An invocation a mocked state made that its mocked response does not cover. */
export interface UncoveredInvocation {
  stateMachine: string;
  testCase: string;
  stateName: string;
  mockName: string;
  invocation: number;
  message: string;
}

export function responseFor(config: MockConfig, mockName: string, invocation: number): MockedResponse | undefined {
  const responses = own(config.MockedResponses, mockName) ?? {};
  for (const [key, response] of Object.entries(responses)) {
    const range = parseInvocationRange(key);
    if (typeof range !== 'string' && inRange(range, invocation)) return response;
  }
  return undefined;
}

export function outcomeOf(response: MockedResponse): TaskOutcome {
  if ('Throw' in response) return { kind: 'failure', error: response.Throw.Error, cause: response.Throw.Cause };
  return { kind: 'success', output: (response.Return ?? null) as JsonValue };
}

export interface TestCaseHandlers {
  /** Handlers for the mocked states only, by state name. */
  states: Record<string, TaskHandler>;
  /** Filled during the run. */
  uncoveredInvocations: UncoveredInvocation[];
}

export function testCaseNames(config: MockConfig, stateMachineName: string): string[] {
  return Object.keys(own(config.StateMachines, stateMachineName)?.TestCases ?? {});
}

/** Resolves which state machine of the config a run means: the one named, or the only one. */
export function resolveStateMachineName(config: MockConfig, requested?: string): { ok: true; name: string } | { ok: false; message: string } {
  const names = Object.keys(config.StateMachines);
  if (requested !== undefined) {
    return names.includes(requested)
      ? { ok: true, name: requested }
      : { ok: false, message: `The mock config has no state machine "${requested}" (it has: ${names.join(', ') || 'none'})` };
  }
  if (names.length === 1) return { ok: true, name: names[0]! };
  return { ok: false, message: `The mock config describes ${names.length} state machines (${names.join(', ')}); say which one with --state-machine` };
}

/**
 * Handlers for the states a test case mocks. Unmocked states are left to the caller (the simulated world
 * plays the part of the real services, as Step Functions Local calls the real endpoint for them).
 */
export function mockedStateHandlers(config: MockConfig, stateMachineName: string, testCaseName: string): TestCaseHandlers {
  const machine = own(config.StateMachines, stateMachineName);
  if (!machine) throw new Error(`The mock config has no state machine "${stateMachineName}" (it has: ${Object.keys(config.StateMachines).join(', ') || 'none'})`);
  const testCase = own(machine.TestCases, testCaseName);
  if (!testCase) throw new Error(`State machine "${stateMachineName}" has no test case "${testCaseName}" (it has: ${Object.keys(machine.TestCases).join(', ') || 'none'})`);
  const uncoveredInvocations: UncoveredInvocation[] = [];
  const states: Record<string, TaskHandler> = {};
  for (const [stateName, mockName] of Object.entries(testCase)) {
    setOwn(states, stateName, (invocation: TaskInvocation): TaskOutcome => {
      const response = responseFor(config, mockName, invocation.invocation);
      if (response) return outcomeOf(response);
      const message = `No mocked response for invocation ${invocation.invocation} of state "${stateName}" (mock "${mockName}", test case "${testCaseName}"): its keys cover ${Object.keys(own(config.MockedResponses, mockName) ?? {}).join(', ')}. Step Functions Local fails the execution here; add a key such as "${invocation.invocation}".`;
      uncoveredInvocations.push({ stateMachine: stateMachineName, testCase: testCaseName, stateName, mockName, invocation: invocation.invocation, message });
      return { kind: 'failure', error: STATES_ERRORS.Runtime, cause: message };
    });
  }
  return { states, uncoveredInvocations };
}
