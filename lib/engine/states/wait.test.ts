import { describe, expect, it } from 'vitest';
import { run, eventsOf, secondsAt } from '../test-support/run';

describe('Wait state', () => {
  it('waits a year on the virtual clock, instantly', async () => {
    const t0 = performance.now();
    const r = await run({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 365 * 24 * 3600, End: true } } }, {}, { startTime: '2024-01-01T00:00:00Z' });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.status).toBe('SUCCEEDED');
    expect(r.billing.durationMs).toBe(365 * 24 * 3600 * 1000);
    expect(eventsOf(r, 'WaitStateExited')[0]!.timestamp).toBe('2024-12-31T00:00:00.000Z');
  });

  it('waits until Timestamp / TimestampPath and until SecondsPath', async () => {
    const def = {
      StartAt: 'A',
      States: {
        A: { Type: 'Wait', TimestampPath: '$.until', Next: 'B' },
        B: { Type: 'Wait', SecondsPath: '$.s', End: true },
      },
    };
    const r = await run(def, { until: '2024-01-01T01:00:00Z', s: 30 }, { startTime: '2024-01-01T00:00:00Z' });
    expect(secondsAt(r, eventsOf(r, 'WaitStateExited')[0]!)).toBe(3600);
    expect(secondsAt(r, eventsOf(r, 'WaitStateExited')[1]!)).toBe(3630);
  });

  it('rejects a negative or fractional SecondsPath and a malformed timestamp with AWS wording', async () => {
    const def = { StartAt: 'W', States: { W: { Type: 'Wait', SecondsPath: '$.s', End: true } } };
    expect((await run(def, { s: -1 })).cause).toContain('The SecondsPath parameter references a negative value: $.s == -1');
    expect((await run(def, { s: 1.5 })).cause).toContain('The SecondsPath parameter cannot be parsed as a long value: $.s == 1.5');
    const ts = { StartAt: 'W', States: { W: { Type: 'Wait', TimestampPath: '$.t', End: true } } };
    const r = await run(ts, { t: '2016-12-05T21:29:29' });
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toContain('does not reference a valid ISO-8601 extended offset date-time format string: $.t == 2016-12-05T21:29:29');
  });
});
