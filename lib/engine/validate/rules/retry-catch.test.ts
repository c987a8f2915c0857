import { describe, expect, it } from 'vitest';
import { errors, errorText, machine, warnings } from '../test-util';

const task = (extra: Record<string, unknown>) =>
  machine({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Done', ...extra }, {}, { H: { Type: 'Pass', End: true } });

describe('Retry', () => {
  it('accepts a full retrier', () => {
    const retry = [{ ErrorEquals: ['States.Timeout', 'MyError'], IntervalSeconds: 2, MaxAttempts: 0, BackoffRate: 1.5, MaxDelaySeconds: 10, JitterStrategy: 'FULL', Comment: 'c' }, { ErrorEquals: ['States.ALL'] }];
    expect(errors(task({ Retry: retry, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H' }] }))).toEqual([]);
  });

  it('checks the numbers and JitterStrategy', () => {
    expect(errorText(task({ Retry: [{ ErrorEquals: ['E'], MaxAttempts: -1 }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }))).toMatch(/MaxAttempts.*between 0 and/);
    expect(errorText(task({ Retry: [{ ErrorEquals: ['E'], BackoffRate: 0.5 }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }))).toMatch(/BackoffRate.*between 1 and/);
    expect(errorText(task({ Retry: [{ ErrorEquals: ['E'], IntervalSeconds: 0 }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }))).toMatch(/IntervalSeconds.*between 1 and/);
    expect(errorText(task({ Retry: [{ ErrorEquals: ['E'], JitterStrategy: 'HALF' }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }))).toMatch(/JitterStrategy.*'FULL', 'NONE'/);
    expect(errorText(task({ Retry: [{ ErrorEquals: ['E'], MaxDelaySeconds: 0 }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }))).toMatch(/MaxDelaySeconds/);
    expect(errorText(task({ Retry: [{ ErrorEquals: ['E'], Backoff: 2 }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }))).toMatch(/Field 'Backoff' is not supported in Retrier #0.*BackoffRate/);
  });

  it('requires a non-empty ErrorEquals of strings', () => {
    expect(errorText(task({ Retry: [{ MaxAttempts: 1 }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }))).toMatch(/Retrier #0 of state 'S' has no 'ErrorEquals'/);
    expect(errorText(task({ Retry: [{ ErrorEquals: [] }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }))).toMatch(/must not be an empty array/);
    expect(errorText(task({ Retry: [{ ErrorEquals: [1] }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }))).toMatch(/must hold strings/);
  });

  it('keeps States.ALL alone and last', () => {
    expect(errorText(task({ Retry: [{ ErrorEquals: ['States.ALL', 'X'] }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }))).toMatch(/'States.ALL' must appear alone/);
    expect(errorText(task({ Retry: [{ ErrorEquals: ['States.ALL'] }, { ErrorEquals: ['X'] }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }))).toMatch(/matches 'States.ALL' but is not the last in Retry/);
    expect(errorText(task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H' }, { ErrorEquals: ['X'], Next: 'H' }] }))).toMatch(/not the last in Catch/);
  });

  it('warns about a misspelled States.* error', () => {
    const w = warnings(task({ Retry: [{ ErrorEquals: ['States.Timout'] }], Catch: [{ ErrorEquals: ['E'], Next: 'H' }] }));
    expect(w[0]!.message).toMatch(/Did you mean 'States.Timeout'\?/);
  });
});

describe('Catch', () => {
  it('requires Next and checks ResultPath', () => {
    expect(errorText(task({ Catch: [{ ErrorEquals: ['E'] }] }))).toMatch(/Catcher #0 of state 'S' has no 'Next'/);
    expect(errorText(task({ Catch: [{ ErrorEquals: ['E'], Next: 'H', ResultPath: '$.a[*]' }] }))).toMatch(/must be a reference path/);
    expect(errors(task({ Catch: [{ ErrorEquals: ['E'], Next: 'H', ResultPath: null, Assign: { failed: true } }] }))).toEqual([]);
  });

  it('uses Output instead of ResultPath in JSONata', () => {
    const def = { ...task({ Catch: [{ ErrorEquals: ['E'], Next: 'H', ResultPath: '$.e' }] }), QueryLanguage: 'JSONata' };
    expect(errorText(def)).toMatch(/Catchers of a JSONata state shape the error with 'Output'/);
    const good = { ...task({ Catch: [{ ErrorEquals: ['E'], Next: 'H', Output: '{% $states.errorOutput %}' }] }), QueryLanguage: 'JSONata' };
    expect(errors(good)).toEqual([]);
  });

  it('is only allowed on Task, Parallel and Map', () => {
    expect(errorText(machine({ Type: 'Pass', Next: 'Done', Retry: [] }))).toMatch(/Field 'Retry' is not supported by Pass states/);
  });
});
