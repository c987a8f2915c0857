import { describe, expect, it } from 'vitest';
import { MAX_ASSIGN_BYTES, MAX_VARIABLE_BYTES } from './limits';
import { commitAssign, createVariables, flattenVariables, hasVariable, visibleVariables } from './store';

const failure = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return e as { error: string; causeText: string };
  }
  throw new Error('expected a failure');
};

describe('scopes', () => {
  it('an inner scope reads outer variables and keeps its own assignments local', () => {
    const outer = createVariables();
    commitAssign(outer, { x: 42, items: [1, 2, 3] });
    const inner = createVariables(outer);
    expect(inner.x).toBe(42);
    commitAssign(inner, { innerX: 42, x: 'shadow' });
    expect(inner.x).toBe('shadow');
    expect(outer.x).toBe(42);
    expect(hasVariable(outer, 'innerX')).toBe(false);
    expect(flattenVariables(inner)).toEqual({ x: 'shadow', items: [1, 2, 3], innerX: 42 });
  });

  it('sibling scopes (Map iterations, Parallel branches) do not see each other', () => {
    const outer = createVariables();
    const a = createVariables(outer);
    const b = createVariables(outer);
    commitAssign(a, { v: 'a' });
    expect(hasVariable(b, 'v')).toBe(false);
  });

  it('visibleVariables gives own properties, refreshed after a commit', () => {
    const outer = createVariables();
    commitAssign(outer, { x: 1 });
    const inner = createVariables(outer);
    const before = visibleVariables(inner);
    expect(Object.prototype.hasOwnProperty.call(before, 'x')).toBe(true);
    expect(visibleVariables(inner)).toBe(before); // cached
    commitAssign(inner, { y: 2 });
    expect({ ...visibleVariables(inner) }).toEqual({ x: 1, y: 2 });
    expect('constructor' in visibleVariables(inner)).toBe(false);
  });
});

describe('size limits', () => {
  it('a single variable over 256 KiB is States.Runtime and nothing is written', () => {
    const vars = createVariables();
    const big = 'x'.repeat(MAX_VARIABLE_BYTES);
    const e = failure(() => commitAssign(vars, { small: 1, big }));
    expect(e.error).toBe('States.Runtime');
    expect(e.causeText).toMatch(/variable 'big' is 262146 bytes, which exceeds the maximum size of 262144 bytes/);
    expect(hasVariable(vars, 'small')).toBe(false);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const vars = createVariables();
    // 90,000 three-byte characters: 270,002 bytes of JSON text, under the character count but over the quota.
    expect(failure(() => commitAssign(vars, { s: '€'.repeat(90_000) })).error).toBe('States.Runtime');
  });

  it('one Assign may set at most 256 KiB in total', () => {
    const half = 'y'.repeat(MAX_ASSIGN_BYTES / 2);
    const e = failure(() => commitAssign(createVariables(), { a: half, b: half }));
    expect(e.causeText).toMatch(/in total, which exceeds the maximum size of 262144 bytes for a single Assign/);
  });

  it('all stored variables together may hold at most 10 MiB', () => {
    const vars = createVariables();
    const chunk = 'z'.repeat(250_000);
    for (let i = 0; i < 41; i++) commitAssign(vars, { [`v${i}`]: chunk });
    const e = failure(() => commitAssign(vars, { v41: chunk, v42: 'x' }));
    expect(e.causeText).toMatch(/stored by the execution are \d+ bytes in total, which exceeds the maximum size of 10485760 bytes/);
    // Re-assigning an existing variable replaces its size instead of adding to it.
    commitAssign(vars, { v0: chunk });
  });

  it('the reserved name states cannot be assigned', () => {
    expect(failure(() => commitAssign(createVariables(), { states: 1 })).causeText).toMatch(/reserved/);
  });
});
