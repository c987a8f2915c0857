import { describe, expect, it } from 'vitest';
import { isStatesError, type StatesError } from './errors';
import { envFor } from './intrinsics/test-helpers';
import { resolvePayloadTemplate } from './payload-template';
import type { JsonValue } from './types';

const ctx = { Execution: { Input: { no: 1 } }, State: { Name: 'pass' }, Map: { Item: { Index: 2, Value: 'v' } } };

function thrown(fn: () => unknown): StatesError {
  try {
    fn();
  } catch (e) {
    if (isStatesError(e)) return e;
    throw e;
  }
  throw new Error('expected a StatesError');
}

describe('resolvePayloadTemplate', () => {
  it('resolves .$ keys from the input, the context object and intrinsic functions, recursively', () => {
    const template: JsonValue = {
      literal: 'x',
      'fromInput.$': '$.a',
      'whole.$': '$',
      'ctx.$': '$$.State.Name',
      'index.$': '$$.Map.Item.Index',
      'fn.$': "States.Format('{}-{}', $.a, $$.Map.Item.Value)",
      nested: { 'deep.$': '$.b[1]', arr: [{ 'x.$': '$.a' }, 3] },
    };
    const input = { a: 'A', b: [10, 20] };
    expect(resolvePayloadTemplate(template, envFor(input, ctx), 'Parameters')).toStrictEqual({
      literal: 'x',
      fromInput: 'A',
      whole: input,
      ctx: 'pass',
      index: 2,
      fn: 'A-v',
      nested: { deep: 20, arr: [{ x: 'A' }, 3] },
    });
  });

  it('returns a fresh copy of literal parts each time', () => {
    const template = { fixed: { list: [1] }, 'v.$': '$.x' };
    const one = resolvePayloadTemplate(template, envFor({ x: 1 }), 'Parameters') as { fixed: { list: number[] } };
    one.fixed.list.push(2);
    expect(resolvePayloadTemplate(template, envFor({ x: 1 }), 'Parameters')).toStrictEqual({ fixed: { list: [1] }, v: 1 });
    expect(template.fixed.list).toEqual([1]);
  });

  it('passes non-object templates through', () => {
    expect(resolvePayloadTemplate('plain', envFor({}), 'Parameters')).toBe('plain');
    expect(resolvePayloadTemplate([1, { a: 2 }], envFor({}), 'Parameters')).toStrictEqual([1, { a: 2 }]);
  });

  it('reads workflow variables with $name', () => {
    const env = { ...envFor({}), variables: { order: { id: 7 } } };
    expect(resolvePayloadTemplate({ 'id.$': '$order.id', 'all.$': '$order' }, env, 'Parameters')).toStrictEqual({ id: 7, all: { id: 7 } });
    expect(thrown(() => resolvePayloadTemplate({ 'x.$': '$nope' }, env, 'Parameters')).causeText).toContain("'$nope'");
  });

  it("fails a missing path with States.Runtime and AWS's cause (AWS-recorded)", () => {
    const e = thrown(() => resolvePayloadTemplate({ 'value.$': '$.no_such_jsonpath' }, envFor({ 'int-literal': 0 }), 'Parameters'));
    expect(e.error).toBe('States.Runtime');
    expect(e.causeText).toBe(
      "The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{\"int-literal\":0}'",
    );
    const c = thrown(() => resolvePayloadTemplate({ 'value.$': '$$.Execution.Input.no_such_jsonpath' }, envFor({ 'int-literal': 0 }, ctx), 'Parameters'));
    expect(c.causeText).toContain("The JSONPath '$$.Execution.Input.no_such_jsonpath' specified for the field 'value.$'");
  });

  it('fails intrinsic misuse with States.IntrinsicFailure and bad .$ values with States.Runtime', () => {
    expect(thrown(() => resolvePayloadTemplate({ 'x.$': 'States.ArrayGetItem($.a, 5)' }, envFor({ a: [] }), 'Parameters')).error).toBe(
      'States.IntrinsicFailure',
    );
    expect(thrown(() => resolvePayloadTemplate({ 'x.$': 5 }, envFor({}), 'Parameters')).error).toBe('States.Runtime');
    expect(thrown(() => resolvePayloadTemplate({ 'x.$': 'not a path' }, envFor({}), 'Parameters')).causeText).toContain(
      'must be a valid JSONPath or a valid intrinsic function call',
    );
  });
});
