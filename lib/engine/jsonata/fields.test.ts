import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateInteger, evaluateItems, evaluatePercentage, evaluateString, evaluateTimestamp, parseIsoOffsetDateTime } from './fields';
import { failure, testEnv } from './test-env';

describe('evaluateItems', () => {
  it('accepts an array literal with expressions inside, or one expression', () => {
    expect(evaluateItems([1, '{% $number("2") %}', 3], testEnv())).toEqual([1, 2, 3]);
    expect(evaluateItems('{% $states.input.input_value %}', testEnv({ input_value: [1, 2, 3] }))).toEqual([1, 2, 3]);
    expect(evaluateItems('{% [] %}', testEnv())).toEqual([]);
  });

  it('rejects a result that is not an array (causes recorded on AWS)', () => {
    expect(failure(() => evaluateItems('{% $ItemsVar %}', testEnv({}, { ItemsVar: { foo: 'bar' } })))).toEqual({
      error: 'States.QueryEvaluationError',
      cause: `The JSONata expression '$ItemsVar' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'object' for value: {"foo":"bar"}`,
      location: 'Items',
    });
    expect(failure(() => evaluateItems('{% null %}', testEnv())).cause).toBe(
      "The JSONata expression 'null' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'null' for value: null",
    );
  });

  it('without Items, needs the state input to be an array', () => {
    expect(evaluateItems(undefined, testEnv([4, 5]))).toEqual([4, 5]);
    expect(failure(() => evaluateItems(undefined, testEnv(true)))).toEqual({
      error: 'States.QueryEvaluationError',
      cause: 'Map state input must be an array but was: true',
      location: undefined,
    });
  });
});

describe('evaluateTimestamp', () => {
  it('parses ISO-8601 extended offset date-times, nanoseconds and offsets included', () => {
    expect(evaluateTimestamp('{% $states.input.t %}', testEnv({ t: '2016-03-14T01:59:00Z' }))).toBe(Date.UTC(2016, 2, 14, 1, 59));
    expect(evaluateTimestamp('2016-03-05T21:29:29.243167252Z', testEnv())).toBe(Date.UTC(2016, 2, 5, 21, 29, 29, 243));
    expect(parseIsoOffsetDateTime('2016-03-14T03:59:00+02:00')).toBe(Date.UTC(2016, 2, 14, 1, 59));
  });

  it.each(['2016-12-05 21:29:29Z', '2016-12-05T21:29:29', '2016-12-05T25:29:29Z', '2016-02-30T00:00:00Z'])(
    'rejects %s with AWS cause',
    (t) => {
      expect(failure(() => evaluateTimestamp('{% $states.input.t %}', testEnv({ t })))).toEqual({
        error: 'States.QueryEvaluationError',
        cause: `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${t}`,
        location: 'Timestamp',
      });
    },
  );

  it('rejects a non-string', () => {
    expect(failure(() => evaluateTimestamp('{% 5 %}', testEnv())).cause).toMatch(/Expected 'string', but was 'number' for value: 5$/);
  });
});

describe('integer, percentage, string and condition fields', () => {
  it('Seconds / MaxConcurrency take an integer from an expression or a literal', () => {
    expect(evaluateInteger('{% $states.input.waitSeconds %}', testEnv({ waitSeconds: 0 }), 'Seconds', { min: 0 })).toBe(0);
    expect(evaluateInteger('{% $variable := 1 %}', testEnv(), 'MaxConcurrency', { min: 0 })).toBe(1);
    expect(evaluateInteger(3, testEnv(), 'TimeoutSeconds', { min: 1 })).toBe(3);
  });
  it('reject a wrong type or an out-of-range value', () => {
    expect(failure(() => evaluateInteger('{% "5" %}', testEnv(), 'Seconds', { min: 0 })).cause).toBe(
      `The JSONata expression '"5"' specified for the field 'Seconds' returned an unexpected result type. Expected 'integer', but was 'string' for value: "5"`,
    );
    expect(failure(() => evaluateInteger('{% 1.5 %}', testEnv(), 'HeartbeatSeconds', { min: 1 })).cause).toMatch(/Expected 'integer', but was 'number'/);
    expect(failure(() => evaluateInteger('{% 0 %}', testEnv(), 'TimeoutSeconds', { min: 1 })).cause).toMatch(/returned 0, but the value must be at least 1/);
    expect(failure(() => evaluatePercentage('{% 101 %}', testEnv(), 'ToleratedFailurePercentage')).location).toBe('ToleratedFailurePercentage');
  });
  it('Error / Cause must be strings; Condition must be a boolean', () => {
    expect(evaluateString('{% $states.input.cause %}', testEnv({ cause: 'boom' }), 'Cause')).toBe('boom');
    expect(failure(() => evaluateString('{% 1 %}', testEnv(), 'Error')).cause).toMatch(/Expected 'string', but was 'number'/);
    expect(evaluateCondition("{% $states.input.type = 'Private' %}", testEnv({ type: 'Private' }))).toBe(true);
    expect(failure(() => evaluateCondition('{% "yes" %}', testEnv())).cause).toMatch(/Expected 'boolean', but was 'string'/);
  });
});
