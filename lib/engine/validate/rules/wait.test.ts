import { describe, expect, it } from 'vitest';
import { errors, errorText, machine } from '../test-util';
import { isRfc3339 } from './timestamp';

const wait = (extra: Record<string, unknown>, top: Record<string, unknown> = {}) => machine({ Type: 'Wait', Next: 'Done', ...extra }, top);

describe('Wait states', () => {
  it('accepts each of the four forms', () => {
    for (const f of [{ Seconds: 0 }, { Timestamp: '2024-02-29T10:00:00.5+02:00' }, { SecondsPath: '$.s' }, { TimestampPath: '$$.Execution.Input.t' }]) {
      expect(errors(wait(f))).toEqual([]);
    }
  });

  it('requires exactly one of them', () => {
    expect(errorText(wait({}))).toMatch(/needs exactly one of 'Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'/);
    expect(errorText(wait({ Seconds: 1, SecondsPath: '$.s' }))).toMatch(/exclude each other/);
  });

  it('checks Seconds and Timestamp values', () => {
    expect(errorText(wait({ Seconds: -1 }))).toMatch(/between 0 and/);
    expect(errorText(wait({ Seconds: 1.5 }))).toMatch(/must be an integer/);
    expect(errorText(wait({ Timestamp: '2016-12-05 21:29:29Z' }))).toMatch(/\["States","S","Timestamp"\]: String does not match RFC3339 timestamp \(/);
    expect(errorText(wait({ Timestamp: "{% '2016-03-14T01:59:00Z' %}" }))).toMatch(/only evaluated in a JSONata state/);
  });

  it('takes JSONata expressions in a JSONata state and rejects the Path forms there', () => {
    expect(errors(wait({ Seconds: '{% $states.input.delay %}' }, { QueryLanguage: 'JSONata' }))).toEqual([]);
    expect(errors(wait({ Timestamp: '{% $states.input.when %}' }, { QueryLanguage: 'JSONata' }))).toEqual([]);
    expect(errorText(wait({ SecondsPath: '$.s' }, { QueryLanguage: 'JSONata' }))).toMatch(/'SecondsPath' belongs to the JSONPath query language.*'Seconds'/);
  });

  it('validates RFC3339 dates strictly', () => {
    expect(isRfc3339('2024-02-29T00:00:00Z')).toBe(true);
    expect(isRfc3339('2023-02-29T00:00:00Z')).toBe(false);
    expect(isRfc3339('2016-13-05T21:29:29Z')).toBe(false);
    expect(isRfc3339('2016-12-05T25:29:29Z')).toBe(false);
    expect(isRfc3339('2016-12-05T21:29:29')).toBe(false);
    expect(isRfc3339('2016-12-05t21:29:29z')).toBe(false);
  });
});
