// The sandbox Lambda handlers run in (issue 14): a handler once read process.env and /etc/hostname,
// polluted Object.prototype for later runs, and hung its thread with for(;;){}. In QuickJS none of that
// can happen, and a runaway handler ends at its limit with an error the state machine can handle.

import { describe, expect, it } from 'vitest';
import { runInSandbox, type SandboxInvocation } from './run';
import { startExecution } from '../../start';
import { createServiceHandlers } from '../index';
import type { StateMachineDefinition } from '../../types';

const invoke = (source: string, extra: Partial<SandboxInvocation> = {}) =>
  runInSandbox({ source, event: { n: 2 }, context: { functionName: 'f', awsRequestId: 'req' }, remainingMs: 2900, now: Date.UTC(2024, 0, 1), seed: 7, ...extra });

describe('the Lambda sandbox', () => {
  it('runs sync, async, CommonJS and ES module handlers and returns JSON', async () => {
    expect(await invoke('function handler(e) { return { twice: e.n * 2 }; }')).toEqual({ kind: 'returned', value: { twice: 4 } });
    expect(await invoke('exports.handler = async (e) => { await null; return e.n + 1; }')).toEqual({ kind: 'returned', value: 3 });
    expect(await invoke('export const handler = async (e, c) => c.functionName')).toEqual({ kind: 'returned', value: 'f' });
    expect(await invoke('module.exports.handler = () => undefined')).toEqual({ kind: 'returned', value: null });
  });

  it("reaches none of the host's globals: no process, require, fetch or files", async () => {
    const r = await invoke('function handler() { return [typeof process, typeof require, typeof fetch, typeof XMLHttpRequest, typeof std, typeof os, typeof WebAssembly]; }');
    expect(r).toEqual({ kind: 'returned', value: ['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined'] });
    const env = await invoke('function handler() { return process.env.HOME; }');
    expect(env).toMatchObject({ kind: 'threw', errorType: 'ReferenceError' });
    const file = await invoke('function handler() { return require("fs").readFileSync("/etc/hostname", "utf8"); }');
    expect(file).toMatchObject({ kind: 'threw', errorType: 'ReferenceError' });
  });

  it("cannot touch the host's Object.prototype, and keeps nothing from one invocation to the next", async () => {
    const polluter = 'globalThis.seen = (globalThis.seen || 0) + 1; function handler() { Object.prototype.polluted = "yes"; return seen; }';
    expect(await invoke(polluter)).toEqual({ kind: 'returned', value: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await invoke(polluter)).toEqual({ kind: 'returned', value: 1 });
    expect(await invoke('function handler() { return ({}).polluted === undefined && typeof seen === "undefined"; }')).toEqual({ kind: 'returned', value: true });
  });

  it('ends for(;;){} at its time limit, in the handler or while loading', async () => {
    expect(await invoke('function handler() { for (;;) {} }', { limits: { timeMs: 200 } })).toEqual({ kind: 'timeout', limitMs: 200 });
    expect(await invoke('for (;;) {}\nfunction handler() {}', { limits: { timeMs: 200 } })).toEqual({ kind: 'timeout', limitMs: 200 });
    expect(await invoke('exports.handler = async () => { for (;;) { await null; } }', { limits: { timeMs: 200 } })).toEqual({ kind: 'timeout', limitMs: 200 });
    // The sandbox still works after a runaway handler (its module was replaced).
    expect(await invoke('function handler() { return "alive"; }')).toEqual({ kind: 'returned', value: 'alive' });
  });

  it('stops a handler at its memory limit', async () => {
    const r = await invoke('function handler() { return new Array(50_000_000).fill(1).length; }', { limits: { memoryBytes: 8 * 1024 * 1024, timeMs: 10_000 } });
    expect(r).toEqual({ kind: 'memory', limitBytes: 8 * 1024 * 1024 });
    expect(await invoke('function handler() { return "alive"; }')).toEqual({ kind: 'returned', value: 'alive' });
  });

  it('reports a runaway recursion as a RangeError, as Node does', async () => {
    expect(await invoke('function handler() { const f = (n) => f(n + 1) + 1; return f(0); }')).toEqual({ kind: 'threw', errorType: 'RangeError', errorMessage: 'Maximum call stack size exceeded' });
  });

  it("reports thrown errors by name, rejected promises, and promises that never settle", async () => {
    const custom = 'class OrderFailed extends Error { constructor(m) { super(m); this.name = "OrderFailed"; } }\nfunction handler() { throw new OrderFailed("no stock"); }';
    expect(await invoke(custom)).toEqual({ kind: 'threw', errorType: 'OrderFailed', errorMessage: 'no stock' });
    expect(await invoke('exports.handler = async () => { throw new TypeError("bad"); }')).toEqual({ kind: 'threw', errorType: 'TypeError', errorMessage: 'bad' });
    expect(await invoke('exports.handler = () => new Promise(() => {})')).toMatchObject({ kind: 'threw', errorType: 'Runtime.UnsettledPromise' });
    expect(await invoke('function handler() { const a = {}; a.self = a; return a; }')).toMatchObject({ kind: 'threw', errorType: 'TypeError' });
  });

  it('explains a source that does not compile or defines no handler', async () => {
    expect(await invoke('function handler( {')).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/does not compile/) });
    expect(await invoke('const x = 1;')).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/defines no handler/) });
  });

  it('is deterministic: Date is the virtual clock and Math.random is seeded', async () => {
    const source = 'function handler() { return [Date.now(), new Date().toISOString(), Math.random()]; }';
    const a = await invoke(source);
    expect(a).toMatchObject({ kind: 'returned', value: [Date.UTC(2024, 0, 1), '2024-01-01T00:00:00.000Z', expect.any(Number)] });
    expect(await invoke(source)).toEqual(a);
    expect(await invoke(source, { seed: 8 })).not.toEqual(a);
  });
});

describe('a runaway handler in a state machine', () => {
  const definition: StateMachineDefinition = {
    StartAt: 'Call',
    States: {
      Call: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'spin' },
        Retry: [{ ErrorEquals: ['Lambda.Unknown'], MaxAttempts: 1, IntervalSeconds: 1 }],
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Recovered' }],
        End: true,
      },
      Recovered: { Type: 'Pass', End: true },
    },
  };

  it('fails the Task with Lambda.Unknown and a Lambda-shaped timeout cause that Retry and Catch handle', async () => {
    const { handlers, world } = createServiceHandlers({ world: { lambda: { functions: { spin: { source: 'function handler() { for (;;) {} }', timeoutSeconds: 5 } } } } });
    const r = await startExecution(definition, {}, { tasks: handlers });
    expect(r.status).toBe('SUCCEEDED');
    const failures = r.events.filter((e) => e.type === 'TaskFailed');
    expect(failures).toHaveLength(2);
    const details = failures[0]!.taskFailedEventDetails as { error: string; cause: string };
    expect(details.error).toBe('Lambda.Unknown');
    expect(JSON.parse(details.cause)).toMatchObject({ errorType: 'Sandbox.Timedout', errorMessage: expect.stringMatching(/Task timed out after 5\.00 seconds$/) });
    expect(r.output).toMatchObject({ Error: 'Lambda.Unknown' });
    expect(world.lambda.invocations.map((i) => i.outcome)).toEqual(['error', 'error']);
    // Two 5-second timeouts and the 1-second retry interval, on the virtual clock.
    expect(r.billing.durationMs).toBe(11_000);
  });
});
