// Property tests: random and mutated text never makes the parser or validator throw or report an internal
// error, and the JSON parser agrees with JSON.parse on every text JSON.parse accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../validate/index';
import { parseDefinition } from './index';
import { parseJsonText } from './json';

const base = {
  Comment: 'fuzz base',
  StartAt: 'T',
  States: {
    T: {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$', FunctionName: 'f' },
      Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2, BackoffRate: 2 }], Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }], Next: 'C',
    },
    C: { Type: 'Choice', Choices: [{ And: [{ Variable: '$.a', IsPresent: true }, { Variable: '$.a', NumericGreaterThan: 1 }], Next: 'M' }], Default: 'W' },
    W: { Type: 'Wait', Seconds: 1, Next: 'M' },
    M: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, Next: 'Par' },
    Par: { Type: 'Parallel', Branches: [{ StartAt: 'B', States: { B: { Type: 'Succeed' } } }], End: true },
    F: { Type: 'Fail', Error: 'E', Cause: 'C' },
  },
};
const baseText = JSON.stringify(base, null, 2);

const noInternal = (d: { code: string }[]) => d.every((x) => x.code !== 'INTERNAL_ERROR');

describe('parser and validator robustness', () => {
  it('starts from a definition that is valid, so mutations are what breaks it', () => {
    expect(validateDefinition(base)).toEqual([]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = parseDefinition(s);
        return Array.isArray(r.diagnostics) && noInternal(r.diagnostics);
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees with JSON.parse on mutated definition text, and never throws', () => {
    const mutation = fc.tuple(fc.nat({ max: baseText.length }), fc.nat({ max: 3 }), fc.constantFrom('', ',', '}', ']', '"', ':', '1', 'x', '{', '[', ' ', '\\'));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (muts) => {
        let text = baseText;
        for (const [at, del, ins] of muts) text = text.slice(0, at) + ins + text.slice(at + del);
        let expected: unknown;
        let ok = true;
        try {
          expected = JSON.parse(text);
        } catch {
          ok = false;
        }
        const ours = parseJsonText(text);
        if (ok) expect(ours.value).toEqual(expected);
        else expect(ours.problems.length).toBe(1);
        return noInternal(parseDefinition(text).diagnostics);
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on random JSON values or mutated definitions', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => noInternal(validateDefinition(v))), { numRuns: 1000 });
    const paths: (string | number)[][] = [];
    const collect = (v: unknown, p: (string | number)[]) => {
      paths.push(p);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) collect(c, [...p, Array.isArray(v) ? Number(k) : k]);
    };
    collect(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), (path, value, remove) => {
        type Node = Record<string, unknown>;
        const def = structuredClone(base) as Node;
        let target: Node = def;
        for (const k of path.slice(0, -1)) target = target[k as string] as Node;
        const last = path[path.length - 1]!;
        if (remove && !Array.isArray(target)) delete target[last as string];
        else (target as Record<string, unknown>)[last as string] = value;
        return noInternal(validateDefinition(def)) && noInternal(validateDefinition(def, { type: 'EXPRESS' }));
      }),
      { numRuns: 2000 },
    );
  });
});
