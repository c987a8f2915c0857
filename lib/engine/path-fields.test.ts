import { describe, expect, it } from 'vitest';
import { isStatesError, type StatesError } from './errors';
import { envFor } from './intrinsics/test-helpers';
import { applyInputPath, applyOutputPath, applyResultPath } from './path-fields';

function thrown(fn: () => unknown): StatesError {
  try {
    fn();
  } catch (e) {
    if (isStatesError(e)) return e;
    throw e;
  }
  throw new Error('expected a StatesError');
}

const env = envFor({}, { Execution: { Name: 'run-1' } });

describe('applyInputPath / applyOutputPath', () => {
  it('keeps the value when absent, gives {} for null, selects otherwise', () => {
    const v = { a: { b: 1 }, list: [1, 2] };
    expect(applyInputPath(undefined, v, env)).toBe(v);
    expect(applyInputPath(null, v, env)).toStrictEqual({});
    expect(applyInputPath('$', v, env)).toBe(v);
    expect(applyInputPath('$.a.b', v, env)).toBe(1);
    expect(applyInputPath('$.list[*]', v, env)).toStrictEqual([1, 2]);
    expect(applyInputPath('$$.Execution.Name', v, env)).toBe('run-1');
    expect(applyOutputPath('$.a', v, env)).toStrictEqual({ b: 1 });
    expect(applyOutputPath(null, v, env)).toStrictEqual({});
  });

  it("fails a missing path with AWS's cause (AWS-recorded)", () => {
    const e = thrown(() => applyInputPath('$.NoSuchInputPath', { x: 1 }, env));
    expect(e.error).toBe('States.Runtime');
    expect(e.causeText).toBe("Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']");
    expect(thrown(() => applyOutputPath('$.a[3].b', { a: [] }, env)).causeText).toBe(
      "Invalid path '$.a[3].b' : No results for path: $['a'][3]['b']",
    );
  });
});

describe('applyResultPath', () => {
  const raw = { keep: 1, nested: { x: 1 }, list: [{ a: 1 }, { a: 2 }] };

  it('replaces, discards or merges by ResultPath', () => {
    expect(applyResultPath(raw, undefined, 'r')).toBe('r');
    expect(applyResultPath(raw, '$', 'r')).toBe('r');
    expect(applyResultPath(raw, null, 'r')).toBe(raw);
    expect(applyResultPath(raw, '$.res', 'r')).toStrictEqual({ ...raw, res: 'r' });
    expect(applyResultPath(raw, '$.nested.x', 9)).toStrictEqual({ ...raw, nested: { x: 9 } });
    expect(applyResultPath(raw, '$.list[1].a', 9)).toStrictEqual({ ...raw, list: [{ a: 1 }, { a: 9 }] });
    expect(applyResultPath(raw, "$['with space']", 1)).toStrictEqual({ ...raw, 'with space': 1 });
  });

  it('creates missing objects along the path', () => {
    expect(applyResultPath({}, '$.a.b.c', 1)).toStrictEqual({ a: { b: { c: 1 } } });
  });

  it('never mutates the raw input and copies only along the path', () => {
    const before = JSON.stringify(raw);
    const out = applyResultPath(raw, '$.nested.y', 2) as typeof raw;
    expect(JSON.stringify(raw)).toBe(before);
    expect(out.list).toBe(raw.list);
    expect(out.nested).not.toBe(raw.nested);
  });

  it('fails with States.ResultPathMatchFailure when a step cannot be applied', () => {
    expect(thrown(() => applyResultPath('text', '$.a', 1)).error).toBe('States.ResultPathMatchFailure');
    expect(thrown(() => applyResultPath({ a: 5 }, '$.a.b', 1)).causeText).toContain('Unable to apply step "b"');
    expect(thrown(() => applyResultPath({ a: [] }, '$.a[0]', 1)).error).toBe('States.ResultPathMatchFailure');
    expect(thrown(() => applyResultPath({ a: [] }, '$.a[*]', 1)).causeText).toContain('reference path');
  });
});
