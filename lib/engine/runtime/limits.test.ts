import { describe, expect, it } from 'vitest';
import { run, types } from '../test-support/run';

// A loop that never ends for an input without `stop`; the exit keeps the definition valid (AWS requires a
// terminal state).
const loop = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'B' },
    B: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'A' },
    Done: { Type: 'Succeed' },
  },
};

describe('engine limits', () => {
  it('ends an endless Choice loop at maxTransitions with a clear error', async () => {
    const r = await run(loop, {}, { maxTransitions: 500, type: 'EXPRESS' });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toContain('maxTransitions');
    expect(r.billing.stateTransitions).toBe(501);
  });

  it('fails a Standard execution past 25,000 history events', async () => {
    const r = await run(loop, {}, { maxTransitions: 1_000_000 });
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain('25000');
    expect(r.billing.historyEvents).toBeGreaterThan(25_000);
    expect(r.billing.historyEvents).toBeLessThan(25_010);
  });

  it('times an Express execution out after 5 minutes of simulated time', async () => {
    const def = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 301, End: true } } };
    const r = await run(def, {}, { type: 'EXPRESS' });
    expect(r.status).toBe('TIMED_OUT');
    expect(r.error).toBe('States.Timeout');
    expect(r.billing.durationMs).toBe(300_000);
    expect(types(r).at(-1)).toBe('ExecutionTimedOut');
    expect((await run(def, {}, { type: 'STANDARD' })).status).toBe('SUCCEEDED');
  });

  it('honours the top-level TimeoutSeconds', async () => {
    const def = { TimeoutSeconds: 5, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 10, End: true } } };
    const r = await run(def);
    expect(r.status).toBe('TIMED_OUT');
    expect(r.billing.durationMs).toBe(5000);
  });

  it('fails a state whose output exceeds 256 KiB with States.DataLimitExceeded, which States.ALL does not catch', async () => {
    const big = 'x'.repeat(262_144);
    const def = {
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', Result: big, End: true } } }], Catch: [{ ErrorEquals: ['States.ALL'], Next: 'C' }], End: true },
        C: { Type: 'Pass', End: true },
      },
    };
    const r = await run(def);
    expect(r.error).toBe('States.DataLimitExceeded');
    expect(r.cause).toBe("The state/task 'B' returned a result with a size exceeding the maximum number of bytes service limit.");
  });
});

describe('abort', () => {
  it('ends the run ABORTED when the signal fires during an asynchronous task', async () => {
    const controller = new AbortController();
    const def = { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:slow', End: true } } };
    const pending = run(def, {}, { signal: controller.signal, tasks: () => new Promise(() => {}) });
    setTimeout(() => controller.abort(), 10);
    const r = await pending;
    expect(r.status).toBe('ABORTED');
    expect(types(r).at(-1)).toBe('ExecutionAborted');
  });

  it('does not start when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await run({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, {}, { signal: controller.signal });
    expect(r.status).toBe('ABORTED');
  });
});
