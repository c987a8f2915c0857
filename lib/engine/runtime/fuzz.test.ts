// Property/fuzz test: random and mutated definitions and inputs go through parse -> validate -> run and
// always end in diagnostics or an ExecutionResult - never a throw, never a hang (maxTransitions bounds loops).

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDefinition } from '../parse';
import { startExecution } from '../start';
import type { ExecutionResult, JsonValue, StateMachineDefinition, TaskOutcome } from '../types';

const STATUSES = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);
const names = ['A', 'B', 'C', 'D'];

const json: fc.Arbitrary<JsonValue> = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>;
const path = fc.constantFrom('$', '$.a', '$.a.b', '$.list[0]', '$.list[*]', '$$.State.Name', '$.missing', 'not a path', '$..x', '$.list[1:]');
const value = fc.oneof(json, path, fc.constantFrom("States.Format('x{}', $.a)", 'States.ArrayLength($.list)', 'States.MathAdd($.n, 1)', 'States.UUID()'));
const template = fc.dictionary(fc.constantFrom('k', 'k.$', 'v.$', 'n'), value, { maxKeys: 3 });
const transition = fc.oneof(fc.record({ Next: fc.constantFrom(...names, 'Nope') }), fc.constant({ End: true }));
const retry = fc.array(
  fc.record(
    {
      ErrorEquals: fc.array(fc.constantFrom('States.ALL', 'States.TaskFailed', 'States.Timeout', 'Custom', 'States.Runtime'), { minLength: 1, maxLength: 2 }),
      IntervalSeconds: fc.integer({ min: 0, max: 100 }),
      MaxAttempts: fc.integer({ min: 0, max: 3 }),
      BackoffRate: fc.double({ min: 1, max: 3, noNaN: true }),
      JitterStrategy: fc.constantFrom('FULL', 'NONE'),
    },
    { requiredKeys: ['ErrorEquals'] },
  ),
  { maxLength: 2 },
);
const dataFlow = fc.record(
  { InputPath: fc.oneof(path, fc.constant(null)), OutputPath: path, ResultPath: fc.oneof(path, fc.constant(null)), Parameters: template },
  { requiredKeys: [] },
);

const leafMachine = fc.constant({ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } });
const state: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.tuple(transition, dataFlow, fc.option(json, { nil: undefined })).map(([t, d, r]) => ({ Type: 'Pass', ...t, ...d, ...(r === undefined ? {} : { Result: r }) })),
  fc.tuple(transition, dataFlow, retry, fc.integer({ min: 1, max: 500 })).map(([t, d, r, timeout]) => ({
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    TimeoutSeconds: timeout,
    ...t,
    ...d,
    Retry: r,
    Catch: [{ ErrorEquals: ['States.ALL'], Next: 'A' }],
  })),
  fc.tuple(transition, fc.oneof(fc.record({ Seconds: fc.integer({ min: 0, max: 10_000_000 }) }), fc.record({ SecondsPath: path }), fc.record({ TimestampPath: path }))).map(([t, w]) => ({ Type: 'Wait', ...t, ...w })),
  fc.tuple(fc.constantFrom(...names), fc.constantFrom('NumericEquals', 'StringEquals', 'IsPresent', 'BooleanEquals', 'IsNull'), json, path).map(([next, op, v, p]) => ({
    Type: 'Choice',
    Choices: [{ Variable: p, [op]: op.startsWith('Is') ? true : v, Next: next }],
    Default: names[(names.indexOf(next) + 1) % names.length],
  })),
  fc.constant({ Type: 'Succeed' }),
  fc.record({ Type: fc.constant('Fail'), Error: fc.string({ maxLength: 5 }), Cause: fc.string({ maxLength: 5 }) }, { requiredKeys: ['Type'] }),
  fc.tuple(transition, dataFlow, fc.integer({ min: 0, max: 3 })).map(([t, d, mc]) => ({ Type: 'Map', ItemsPath: '$.list', MaxConcurrency: mc, ItemProcessor: { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }, ...t, ...d })),
  fc.tuple(transition, leafMachine).map(([t, m]) => ({ Type: 'Parallel', Branches: [m, m], ...t })),
);

const definition = fc.tuple(fc.array(state, { minLength: 1, maxLength: 4 }), fc.constantFrom(...names, 'Z')).map(([states, startAt]) => {
  const out: Record<string, unknown> = {};
  states.forEach((s, i) => (out[names[i]!] = s));
  return { StartAt: startAt, States: out };
});

const input = fc.oneof(
  json,
  fc.record({ a: json, n: fc.integer(), list: fc.array(json, { maxLength: 4 }), s: fc.string({ maxLength: 4 }) }, { requiredKeys: [] }),
);

/** Deletes, retypes or renames one field somewhere in the definition. */
function mutate(def: unknown, rng: () => number): unknown {
  const copy = JSON.parse(JSON.stringify(def));
  const containers: Record<string, unknown>[] = [];
  (function walk(v: unknown) {
    if (v && typeof v === 'object') {
      if (!Array.isArray(v)) containers.push(v as Record<string, unknown>);
      for (const x of Object.values(v)) walk(x);
    }
  })(copy);
  const target = containers[Math.floor(rng() * containers.length)];
  if (!target) return copy;
  const keys = Object.keys(target);
  const key = keys[Math.floor(rng() * keys.length)];
  if (key === undefined) return copy;
  const choice = Math.floor(rng() * 4);
  if (choice === 0) delete target[key];
  else if (choice === 1) target[key] = [null, 7, 'x', {}, [], true][Math.floor(rng() * 6)];
  else if (choice === 2) target[key + 'X'] = target[key];
  else target[key] = '$.' + key;
  return copy;
}

const outcomes: TaskOutcome[] = [
  { kind: 'success', output: { ok: 1 }, durationMs: 100 },
  { kind: 'failure', error: 'Custom', cause: 'boom', durationMs: 5 },
  { kind: 'noResponse' },
  { kind: 'success', output: null, durationMs: 1_000_000 },
];

async function runChecked(def: unknown, inp: JsonValue, seed: number): Promise<ExecutionResult> {
  let calls = 0;
  const result = await startExecution(def as StateMachineDefinition, inp, {
    seed,
    maxTransitions: 300,
    // Exercise the interpreter itself on definitions the validator would refuse.
    validate: false,
    tasks: () => outcomes[(seed + calls++) % outcomes.length]!,
  });
  expect(STATUSES.has(result.status)).toBe(true);
  expect(Array.isArray(result.events)).toBe(true);
  expect(result.billing.stateTransitions).toBeLessThanOrEqual(301);
  if (result.status !== 'SUCCEEDED') expect(result.output).toBeUndefined();
  // An exception the engine did not expect is reported, not thrown; the fuzzer treats it as a bug.
  expect(result.cause ?? '').not.toContain('Internal engine error');
  return result;
}

describe('engine fuzz', () => {
  it('random definitions: parse + validate give diagnostics or a definition that runs to a result', async () => {
    await fc.assert(
      fc.asyncProperty(definition, input, fc.integer({ min: 0, max: 1000 }), async (def, inp, seed) => {
        const parsed = parseDefinition(JSON.stringify(def));
        expect(Array.isArray(parsed.diagnostics)).toBe(true);
        if (parsed.definition && !parsed.diagnostics.some((d) => d.severity === 'error')) await runChecked(parsed.definition, inp, seed);
      }),
      { numRuns: 800, seed: 20241125 },
    );
  }, 60_000);

  it('the interpreter survives definitions that skipped validation, and mutated ones', async () => {
    await fc.assert(
      fc.asyncProperty(definition, input, fc.integer({ min: 0, max: 1000 }), async (def, inp, seed) => {
        let s = seed + 1;
        const rng = () => ((s = (s * 16807) % 2147483647) / 2147483647);
        await runChecked(def, inp, seed);
        await runChecked(mutate(def, rng), inp, seed);
      }),
      { numRuns: 600, seed: 424242 },
    );
  }, 60_000);

  it('random text never makes the parser throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), definition.map((d) => JSON.stringify(d).slice(0, 40))), (text) => {
        const parsed = parseDefinition(text);
        expect(Array.isArray(parsed.diagnostics)).toBe(true);
      }),
      { numRuns: 600, seed: 7 },
    );
  });
});
