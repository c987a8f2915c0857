import { describe, expect, it } from 'vitest';
import { run, types } from '../test-support/run';

const branch = (name: string, extra: object) => ({ StartAt: name, States: { [name]: { Type: 'Pass', End: true, ...extra } } });

describe('Parallel state', () => {
  it('collects branch outputs in order; branches overlap on the virtual clock', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 30, Next: 'A' }, A: { Type: 'Pass', Result: 'a', End: true } } },
            branch('B', { Result: 'b' }),
          ],
          ResultPath: '$.out',
          End: true,
        },
      },
    };
    const r = await run(def, { in: 1 });
    expect(r.output).toEqual({ in: 1, out: ['a', 'b'] });
    expect(r.billing.durationMs).toBe(30_000);
    expect(types(r)[2]).toBe('ParallelStateStarted');
    expect(types(r).slice(-3)).toEqual(['ParallelStateSucceeded', 'ParallelStateExited', 'ExecutionSucceeded']);
    expect(r.billing.stateTransitions).toBe(4);
  });

  it('fails with the failing branch error, which Catch can handle', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [branch('OK', {}), { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Branch.Broke', Cause: 'c' } } }],
          Catch: [{ ErrorEquals: ['Branch.Broke'], Next: 'Handled' }],
          End: true,
        },
        Handled: { Type: 'Pass', End: true },
      },
    };
    const r = await run(def, {});
    expect(r.output).toEqual({ Error: 'Branch.Broke', Cause: 'c' });
    expect(types(r)).toContain('ParallelStateFailed');
  });
});

describe('Parallel retry', () => {
  it('repeats ParallelStateStarted on a retry and counts it as a transition', async () => {
    let attempt = 0;
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:x', End: true } } }],
          Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 3 }],
          End: true,
        },
      },
    };
    const r = await run(def, {}, { tasks: () => (++attempt === 1 ? { kind: 'failure', error: 'Flaky' } : { kind: 'success', output: 'ok' }) });
    expect(r.output).toEqual(['ok']);
    expect(types(r).filter((t) => t === 'ParallelStateStarted')).toHaveLength(2);
    expect(r.billing.stateTransitions).toBe(4); // P, T, retry of P, T
    expect(r.billing.durationMs).toBe(3000);
  });
});
