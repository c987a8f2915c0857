import { describe, expect, it } from 'vitest';
import { run, types } from '../test-support/run';

describe('Fail state', () => {
  it('fails with its Error and Cause and has no Exited event', async () => {
    const r = await run({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Oops', Cause: 'because' } } });
    expect(r).toMatchObject({ status: 'FAILED', error: 'Oops', cause: 'because' });
    expect(types(r)).toEqual(['ExecutionStarted', 'FailStateEntered', 'ExecutionFailed']);
    expect(r.events[2]).toMatchObject({ previousEventId: 2, executionFailedEventDetails: { error: 'Oops', cause: 'because' } });
  });

  it('reports neither field when it names neither', async () => {
    const r = await run({ StartAt: 'F', States: { F: { Type: 'Fail' } } });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBeUndefined();
    expect(r.cause).toBeUndefined();
    expect(r.events[2]!.executionFailedEventDetails).toEqual({});
  });

  it('reads ErrorPath / CausePath from the input, the context object or an intrinsic function', async () => {
    const r = await run(
      { StartAt: 'F', States: { F: { Type: 'Fail', ErrorPath: '$$.State.Name', CausePath: "States.Format('code {}', $.code)" } } },
      { code: 42 },
    );
    expect(r).toMatchObject({ error: 'F', cause: 'code 42' });
  });

  it('fails with States.Runtime when ErrorPath finds nothing', async () => {
    const r = await run({ StartAt: 'F', States: { F: { Type: 'Fail', ErrorPath: '$.nope' } } }, {});
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toContain("The JSONPath '$.nope' specified for the field 'ErrorPath' could not be found in the input '{}'");
  });
  it.each([
    ['ErrorPath', [1, 2]],
    ['ErrorPath', 404],
    ['CausePath', { a: 1 }],
    ['CausePath', null],
  ])('fails with States.Runtime when %s selects %j instead of a string', async (field, value) => {
    const r = await run({ StartAt: 'F', States: { F: { Type: 'Fail', [field]: '$.v' } } }, { v: value as never });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toBe(
      `An error occurred while executing the state 'F' (entered at the event id #2). The value selected by ${field} '$.v' is not a string: ${JSON.stringify(value)}. ${field} must select a string.`,
    );
  });

  it('also when an intrinsic function in ErrorPath returns a non-string', async () => {
    const r = await run({ StartAt: 'F', States: { F: { Type: 'Fail', ErrorPath: 'States.Array(1, 2)' } } }, {});
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toContain('is not a string: [1,2]');
  });
});
