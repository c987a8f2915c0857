import { describe, expect, it } from 'vitest';
import { run, types } from '../test-support/run';

describe('Pass state', () => {
  it('passes its input through unchanged and records Entered/Exited with JSON text', async () => {
    const r = await run({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, { a: 1 });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ a: 1 });
    expect(types(r)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(r.events[1]).toMatchObject({ id: 2, previousEventId: 0, stateEnteredEventDetails: { name: 'P', input: '{"a":1}', inputDetails: { truncated: false } } });
    expect(r.events[2]).toMatchObject({ id: 3, previousEventId: 2, stateExitedEventDetails: { name: 'P', output: '{"a":1}' } });
    expect(r.events[3]).toMatchObject({ previousEventId: 3, executionSucceededEventDetails: { output: '{"a":1}' } });
  });

  it('writes Result at a nested ResultPath, creating the missing objects, then applies OutputPath', async () => {
    const r = await run(
      { StartAt: 'P', States: { P: { Type: 'Pass', Result: { ok: true }, ResultPath: '$.x.y', OutputPath: '$.x', End: true } } },
      { keep: 1 },
    );
    expect(r.output).toEqual({ y: { ok: true } });
  });

  it('uses Parameters with .$ paths, the context object and intrinsic functions', async () => {
    const r = await run(
      {
        StartAt: 'P',
        States: { P: { Type: 'Pass', Parameters: { 'v.$': '$.n', 'state.$': '$$.State.Name', 'sum.$': 'States.MathAdd($.n, 1)' }, End: true } },
      },
      { n: 41 },
    );
    expect(r.output).toEqual({ v: 41, state: 'P', sum: 42 });
  });

  it('keeps the input with ResultPath null', async () => {
    const r = await run({ StartAt: 'P', States: { P: { Type: 'Pass', Result: 'x', ResultPath: null, End: true } } }, { a: 1 });
    expect(r.output).toEqual({ a: 1 });
  });

  it('fails with States.Runtime and AWS wording when InputPath matches nothing', async () => {
    const r = await run({ StartAt: 'P', States: { P: { Type: 'Pass', InputPath: '$.missing', End: true } } }, {});
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toMatch(/^An error occurred while executing the state 'P' \(entered at the event id #2\)\. Invalid path '\$\.missing'/);
    expect(types(r)).toEqual(['ExecutionStarted', 'PassStateEntered', 'ExecutionFailed']);
  });
});
