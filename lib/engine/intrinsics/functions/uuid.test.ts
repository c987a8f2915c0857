import { describe, expect, it } from 'vitest';
import { evaluateIntrinsic } from '../evaluate';
import { envFor, failure } from '../test-helpers';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('States.UUID', () => {
  it('returns distinct v4-shaped UUIDs, reproducible from the seed', () => {
    const env = envFor({}, {}, 5);
    const a = evaluateIntrinsic('States.UUID()', env) as string;
    const b = evaluateIntrinsic('States.UUID()', env) as string;
    expect(a).toMatch(V4);
    expect(b).toMatch(V4);
    expect(a).not.toBe(b);
    expect(evaluateIntrinsic('States.UUID()', envFor({}, {}, 5))).toBe(a);
  });

  it('takes no arguments', () => {
    expect(failure("States.UUID('x')").causeText).toContain('exactly 0 arguments');
  });
});
