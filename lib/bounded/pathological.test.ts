// Pathological definitions (issue 14's examples and generated ones) run in a bounded worker with a hard
// limit. Each must end within its budget with a `States.*` outcome, a validator diagnostic, or the budget
// itself (the engine's between-steps check, or the worker terminated from outside for one evaluation that
// never returns), and never crash: no internal engine error, no worker crash.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDefinition, isBudgetStop, type JsonValue, type StateMachineDefinition } from '../engine';
import type { ServiceOptions } from '../engine/services';
import { runEngineBounded } from './engine';
import { outerBudgetMs } from '../engine/runtime/budget';

/** The engine's budget per case; the worker is terminated at outerBudgetMs(BUDGET_MS). */
const BUDGET_MS = 1500;
/** What the test allows on top for starting a worker on a loaded machine (not a speed target). */
const STARTUP_SLACK_MS = 20_000;
const STATUSES = ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];

interface Case {
  name: string;
  text: string;
  input: JsonValue;
  services?: ServiceOptions;
}

const j = JSON.stringify;

function deep(levels: number): JsonValue {
  let v: JsonValue = { leaf: 'x' };
  for (let i = 0; i < levels; i++) v = { next: v, n: i };
  return v;
}

const items190k = { items: Array.from({ length: 1000 }, (_, i) => ({ id: i, text: 'y'.repeat(150) })) };
const lambdaTask = (next: string | null) => ({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f', 'Payload.$': '$' }, ...(next ? { Next: next } : { End: true }) });
const withHandler = (source: string): ServiceOptions => ({ world: { lambda: { functions: { f: { source } } } } });

/** Issue 14's reproductions, one each. */
const ISSUE_CASES: Case[] = [
  {
    name: 'StringMatches "*a*a*a*a*a*a*a*a*b" against 50 a',
    text: j({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.s', StringMatches: '*a*a*a*a*a*a*a*a*b', Next: 'Y' }], Default: 'N' }, Y: { Type: 'Succeed' }, N: { Type: 'Succeed' } } }),
    input: { s: 'a'.repeat(50) },
  },
  {
    name: 'StringMatches "*a*a*a*b" against 1,000 characters',
    text: j({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.s', StringMatches: '*a*a*a*b', Next: 'Y' }], Default: 'N' }, Y: { Type: 'Succeed' }, N: { Type: 'Succeed' } } }),
    input: { s: 'a'.repeat(1000) },
  },
  {
    name: 'JSONata $contains(s, /^(a+)+$/) on 41 characters',
    text: j({ QueryLanguage: 'JSONata', StartAt: 'P', States: { P: { Type: 'Pass', Output: '{% $contains($states.input.s, /^(a+)+$/) %}', End: true } } }),
    input: { s: 'a'.repeat(41) + '!' },
  },
  {
    name: '$..* over a 10,000-level input',
    text: j({ StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'all.$': '$..*' }, End: true } } }),
    input: deep(10_000),
  },
  {
    name: 'Retry IntervalSeconds 99999999, BackoffRate 2',
    text: j({ StartAt: 'T', States: { T: { ...lambdaTask(null), Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 99_999_999, BackoffRate: 2, MaxAttempts: 99_999_999 }] } } }),
    input: {},
    services: withHandler('function handler() { throw new Error("no"); }'),
  },
  { name: 'Wait SecondsPath 1e300', text: j({ StartAt: 'W', States: { W: { Type: 'Wait', SecondsPath: '$.s', End: true } } }), input: { s: 1e300 } },
  {
    name: 'two Waits of 99,999,999 s',
    text: j({ StartAt: 'A', States: { A: { Type: 'Wait', Seconds: 99_999_999, Next: 'B' }, B: { Type: 'Wait', Seconds: 99_999_999, End: true } } }),
    input: {},
  },
  {
    name: 'Map ItemSelector $..* over a 190 KB input',
    text: j({ StartAt: 'M', States: { M: { Type: 'Map', ItemsPath: '$.items', ItemSelector: { 'all.$': '$..*' }, ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true } } }),
    input: items190k,
  },
  ...['hasOwnProperty', 'constructor', 'toString', '__proto__'].map((t) => ({ name: `Type "${t}"`, text: `{"StartAt":"A","States":{"A":{"Type":${j(t)},"End":true}}}`, input: {} })),
  { name: 'a handler reading process.env and /etc/hostname', text: j({ StartAt: 'T', States: { T: lambdaTask(null) } }), input: {}, services: withHandler('function handler() { return [process.env.HOME, require("fs").readFileSync("/etc/hostname", "utf8")]; }') },
  { name: 'a handler polluting Object.prototype', text: j({ StartAt: 'T', States: { T: lambdaTask(null) } }), input: {}, services: withHandler('function handler() { Object.prototype.x = 1; return ({}).x; }') },
  { name: 'a handler looping for(;;){}', text: j({ StartAt: 'T', States: { T: lambdaTask(null) } }), input: {}, services: withHandler('function handler() { for (;;) {} }') },
  { name: 'ErrorPath selecting [1,2]', text: j({ StartAt: 'F', States: { F: { Type: 'Fail', ErrorPath: '$.e' } } }), input: { e: [1, 2] } },
];

// ------------------------------------------------------------------------------------------- generated

/** One pathological step; `next` is the state to go to. Each returns states (by name) and an input patch. */
type Ingredient = (name: string, next: string | null) => { states: Record<string, unknown>; input: Record<string, JsonValue>; services?: ServiceOptions };
const to = (next: string | null) => (next ? { Next: next } : { End: true });

const stringMatches = fc.tuple(fc.array(fc.constantFrom('*', 'a', 'b', '\\*'), { minLength: 1, maxLength: 24 }), fc.integer({ min: 0, max: 5000 })).map(
  ([parts, n]): Ingredient =>
    (name, next) => ({
      states: { [name]: { Type: 'Choice', Choices: [{ Variable: `$.${name}`, StringMatches: parts.join(''), Next: next ?? `${name}End` }], Default: next ?? `${name}End` }, ...(next ? {} : { [`${name}End`]: { Type: 'Succeed' } }) },
      input: { [name]: 'a'.repeat(n) },
    }),
);
const regex = fc.tuple(fc.constantFrom('/^(a+)+$/', '/(a|aa)+$/', '/^(a|a?)+$/', '/(x+x+)+y/', '/a*b/'), fc.integer({ min: 5, max: 40 })).map(
  ([re, n]): Ingredient =>
    (name, next) => ({ states: { [name]: { Type: 'Pass', QueryLanguage: 'JSONata', Output: `{% $merge([$states.input, {"${name}": $contains($states.input.${name}s, ${re})}]) %}`, ...to(next) } }, input: { [`${name}s`]: 'a'.repeat(n) + '!' } }),
);
const deepWalk = fc.tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean()).map(
  ([levels, jsonata]): Ingredient =>
    (name, next) => ({
      states: {
        [name]: jsonata
          ? { Type: 'Pass', QueryLanguage: 'JSONata', Output: `{% $count($states.input.${name}.**) %}`, ...to(next) }
          : { Type: 'Pass', Parameters: { 'found.$': `$.${name}..leaf` }, ...to(next) },
      },
      input: { [name]: deep(levels) },
    }),
);
const hugeWait = fc.oneof(fc.constant<JsonValue>(1e300), fc.constant<JsonValue>(-1), fc.constant<JsonValue>(1.5), fc.constant<JsonValue>(2 ** 62), fc.integer({ min: 0, max: 2 ** 40 }), fc.constant<JsonValue>('9999-12-31T00:00:00Z')).map(
  (v): Ingredient =>
    (name, next) => ({ states: { [name]: { Type: 'Wait', [typeof v === 'string' ? 'TimestampPath' : 'SecondsPath']: `$.${name}`, ...to(next) } }, input: { [name]: v } }),
);
const hugeRetry = fc.record({ IntervalSeconds: fc.integer({ min: 1, max: 99_999_999 }), BackoffRate: fc.double({ min: 1, max: 1e9, noNaN: true }), MaxAttempts: fc.integer({ min: 0, max: 99_999_999 }), JitterStrategy: fc.constantFrom('FULL', 'NONE') }).map(
  (retry): Ingredient =>
    (name, next) => ({
      states: { [name]: { ...lambdaTask(next), Parameters: { FunctionName: 'boom' }, Retry: [{ ErrorEquals: ['States.ALL'], ...retry }] } },
      input: {},
      services: { world: { lambda: { functions: { boom: { error: { errorType: 'Boom' } } } } } },
    }),
);
const bigMap = fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('$..*', '$', '$$.Map.Item.Value')).map(
  ([n, selector]): Ingredient =>
    (name, next) => ({
      states: { [name]: { Type: 'Map', ItemsPath: `$.${name}`, ItemSelector: { 'v.$': selector }, ResultPath: null, ItemProcessor: { StartAt: `${name}P`, States: { [`${name}P`]: { Type: 'Pass', End: true } } }, ...to(next) } },
      input: { [name]: Array.from({ length: n }, (_, i) => ({ i, pad: 'z'.repeat(60) })) },
    }),
);
const jsonataBlowUp = fc.constantFrom('$range(1, 10000000)', '$sum($range(1, 10000000))', '$pad("", 100000000, "x")', '$map($range(1, 3000), function($i) { $range(1, 3000) })', '$string($states.input)').map(
  (expr): Ingredient =>
    (name, next) => ({ states: { [name]: { Type: 'Pass', QueryLanguage: 'JSONata', Output: `{% ${expr} %}`, ...to(next) } }, input: {} }),
);
const handler = fc.constantFrom('function handler() { for (;;) {} }', 'function handler() { const a = []; for (;;) a.push(new Array(1e5).fill(1)); }', 'function handler() { const f = (n) => f(n + 1); return f(0); }', 'exports.handler = () => new Promise(() => {})', 'function handler(e) { return e; }').map(
  (source): Ingredient =>
    (name, next) => ({ states: { [name]: { ...lambdaTask(next), Parameters: { FunctionName: 'f' }, Catch: [{ ErrorEquals: ['States.ALL'], Next: next ?? `${name}Caught` }] }, ...(next ? {} : { [`${name}Caught`]: { Type: 'Succeed' } }) }, input: {}, services: withHandler(source) }),
);
const loop: fc.Arbitrary<Ingredient> = fc.constant((name: string) => ({
  states: { [name]: { Type: 'Pass', Next: `${name}Again` }, [`${name}Again`]: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: `${name}Out` }], Default: name }, [`${name}Out`]: { Type: 'Succeed' } },
  input: {},
}));
const protoName = fc.constantFrom('constructor', 'hasOwnProperty', '__proto__', 'toString', 'valueOf').map(
  (n): Ingredient =>
    (name, next) => ({ states: { [name]: { Type: 'Pass', Assign: { [n]: 1 }, Parameters: { [`${n}.$`]: `$${n}`, 'x.$': `$.${n}` }, ...to(next) } }, input: { [n]: 2 } }),
);

const ingredient = fc.oneof(stringMatches, regex, deepWalk, hugeWait, hugeRetry, bigMap, jsonataBlowUp, handler, protoName, loop);

const generated: fc.Arbitrary<Case> = fc.array(ingredient, { minLength: 1, maxLength: 3 }).map((parts) => {
  const names = parts.map((_, i) => `S${i}`);
  const states: Record<string, unknown> = {};
  const input: Record<string, JsonValue> = {};
  let services: ServiceOptions | undefined;
  parts.forEach((make, i) => {
    const made = make(names[i]!, names[i + 1] ?? null);
    Object.assign(states, made.states);
    Object.assign(input, made.input);
    if (made.services) services = { world: { lambda: { functions: { ...services?.world?.lambda?.functions, ...made.services.world?.lambda?.functions } } } };
  });
  const text = JSON.stringify({ StartAt: 'S0', States: states });
  const c: Case = { name: text.slice(0, 160), text, input, ...(services ? { services } : {}) };
  // fast-check prints a failing case by its definition (its input may be 20,000 levels deep).
  return Object.assign(c, { [fc.toStringMethod]: () => c.text });
});

// -------------------------------------------------------------------------------------------- checks

async function expectBoundedOutcome(c: Case): Promise<void> {
  const parsed = parseDefinition(c.text, { validate: true });
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.definition || errors.length > 0) {
    // A diagnostic is an outcome: it must be a real one, with a path, never the validator breaking.
    expect(errors.length, c.name).toBeGreaterThan(0);
    for (const d of errors) expect(d.code, `${c.name}: ${d.message}`).not.toBe('INTERNAL_ERROR');
    return;
  }
  const started = Date.now();
  const r = await runEngineBounded(
    { definition: parsed.definition as StateMachineDefinition, input: c.input, ...(c.services ? { services: c.services } : {}) },
    { budgetMs: BUDGET_MS, maxHeapMb: 256 },
  );
  const took = Date.now() - started;
  expect(took, `${c.name} took ${took} ms`).toBeLessThan(outerBudgetMs(BUDGET_MS) + STARTUP_SLACK_MS);
  if (!r.ok) {
    // The worker was stopped from outside: at the budget, or at its heap cap. Never a crash.
    expect(['timeout', 'memory'], `${c.name}: ${r.reason} ${r.message}`).toContain(r.reason);
    return;
  }
  const result = r.value.result;
  expect(STATUSES, c.name).toContain(result.status);
  if (result.status !== 'SUCCEEDED') {
    const error = result.error ?? '';
    // States.* errors, or an error a Lambda handler raised (its errorType, or Lambda.Unknown), caught or not.
    expect(error.startsWith('States.') || error.startsWith('Lambda.') || /^[A-Z]\w*$/.test(error), `${c.name}: ${error}`).toBe(true);
    expect(result.cause ?? '', c.name).not.toMatch(/Internal engine error/);
    if (isBudgetStop(result)) expect(result.cause).toMatch(/on entering state '/);
  }
}

describe('pathological definitions in a bounded worker', () => {
  for (const c of ISSUE_CASES) {
    it(`ends within its budget: ${c.name}`, () => expectBoundedOutcome(c), 60_000);
  }

  it('ends within its budget for generated combinations', async () => {
    await fc.assert(fc.asyncProperty(generated, expectBoundedOutcome), { numRuns: 16, seed: 14, endOnFailure: true });
  }, 600_000);
});
