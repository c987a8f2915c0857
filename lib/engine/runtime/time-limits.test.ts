// Time on the virtual clock (issue 14): no wait or back-off, however large, may throw a RangeError out of
// startExecution or put the clock on an invalid date; a Standard execution ends TIMED_OUT at one year.

import { describe, expect, it } from 'vitest';
import { run, types } from '../test-support/run';
import { STANDARD_MAX_MS } from './execution';

const wait = (field: Record<string, unknown>) => ({ StartAt: 'W', States: { W: { Type: 'Wait', ...field, Next: 'Done' }, Done: { Type: 'Succeed' } } });

function expectYearTimeout(r: Awaited<ReturnType<typeof run>>) {
  expect(r).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout', cause: 'The Standard execution ran longer than its maximum duration of one year.' });
  expect(r.billing.durationMs).toBe(STANDARD_MAX_MS);
  expect(types(r).at(-1)).toBe('ExecutionTimedOut');
  expect(r.events.at(-1)).toMatchObject({ executionTimedOutEventDetails: { error: 'States.Timeout' } });
  expect(Date.parse(r.stopDate!)).toBe(Date.parse(r.startDate!) + STANDARD_MAX_MS);
}

describe('the one-year limit of Standard executions', () => {
  it('times out two Waits of 99,999,999 s at one year instead of succeeding after 6.3 years', async () => {
    const def = {
      StartAt: 'A',
      States: { A: { Type: 'Wait', Seconds: 99_999_999, Next: 'B' }, B: { Type: 'Wait', Seconds: 99_999_999, End: true } },
    };
    expectYearTimeout(await run(def));
  });

  it('lets a Standard run last just under a year', async () => {
    const r = await run(wait({ Seconds: STANDARD_MAX_MS / 1000 - 1 }));
    expect(r.status).toBe('SUCCEEDED');
  });

  it('keeps a shorter TimeoutSeconds as the limit', async () => {
    const r = await run({ ...wait({ Seconds: 99_999_999 }), TimeoutSeconds: 60 });
    expect(r).toMatchObject({ status: 'TIMED_OUT', cause: 'The execution ran longer than the TimeoutSeconds of the state machine.' });
  });
});

describe('huge waits and back-offs', () => {
  it('times out a Retry whose back-off grows past any date instead of throwing RangeError', async () => {
    const def = {
      StartAt: 'F',
      States: {
        F: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' }, Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 99_999_999, BackoffRate: 2, MaxAttempts: 99_999_999 }], End: true },
      },
    };
    const r = await run(def, {}, { tasks: () => ({ kind: 'failure', error: 'Boom' }) });
    expectYearTimeout(r);
  });

  it('also with full jitter (a random fraction of an overflowing back-off)', async () => {
    const def = {
      StartAt: 'F',
      States: {
        F: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' }, Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 99_999_999, BackoffRate: 1e9, MaxAttempts: 5000, JitterStrategy: 'FULL' }], End: true },
      },
    };
    const r = await run(def, {}, { tasks: () => ({ kind: 'failure', error: 'Boom' }), seed: 3 });
    expectYearTimeout(r);
  });

  it('fails a SecondsPath of 1e300 as AWS does (not a long value) instead of throwing RangeError', async () => {
    const r = await run(wait({ SecondsPath: '$.s' }), { s: 1e300 });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toContain('The SecondsPath parameter cannot be parsed as a long value: $.s == 1e+300');
  });

  it('times out a SecondsPath that is a long but longer than a year', async () => {
    expectYearTimeout(await run(wait({ SecondsPath: '$.s' }), { s: 9_000_000_000_000 }));
  });

  it('times out a Wait until the year 9999 (Timestamp and TimestampPath)', async () => {
    expectYearTimeout(await run(wait({ Timestamp: '9999-12-31T23:59:59Z' })));
    expectYearTimeout(await run(wait({ TimestampPath: '$.t' }), { t: '9999-12-31T23:59:59Z' }));
  });

  it('refuses a TimestampPath outside the ISO-8601 years', async () => {
    const r = await run(wait({ TimestampPath: '$.t' }), { t: '+275760-09-13T00:00:00Z' });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toContain('The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string');
  });

  it('times out a JSONata Timestamp far in the future', async () => {
    const def = { QueryLanguage: 'JSONata', StartAt: 'W', States: { W: { Type: 'Wait', Timestamp: '{% "9999-01-01T00:00:00Z" %}', End: true } } };
    expectYearTimeout(await run(def));
  });

  it('times out a task whose handler reports an endless duration', async () => {
    const def = { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' }, End: true } } };
    expectYearTimeout(await run(def, {}, { tasks: () => ({ kind: 'success', output: 1, durationMs: Number.POSITIVE_INFINITY }) }));
  });

  it('rejects a start time whose run could leave the valid dates', async () => {
    await expect(run(wait({ Seconds: 1 }), {}, { startTime: 8.6e15 })).rejects.toThrow(/too far from today/);
  });
});
