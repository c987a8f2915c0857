// The execution's output: equal to a value, containing a subset, or satisfying a JSONata predicate.
import type { Expectations } from '../../content/scenario-schema';
import { compileJsonata, isSyntaxProblem } from '../../engine/jsonata';
import type { JsonValue } from '../../engine/types';
import { brief, describeRun } from '../explain';
import type { CheckResult } from '../types';
import { fail, pass, type CheckContext } from './context';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep equality of JSON values (object key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** The first place where `actual` does not contain `expected` (objects recursively, everything else equal). */
export function subsetMismatch(expected: unknown, actual: unknown, path = 'output'): string | undefined {
  if (isObject(expected)) {
    if (!isObject(actual)) return `${path} should be an object, but it is ${brief(actual, 80)}`;
    for (const [k, v] of Object.entries(expected)) {
      if (!Object.prototype.hasOwnProperty.call(actual, k)) return `${path}.${k} is missing (expected ${brief(v, 80)})`;
      const inner = subsetMismatch(v, actual[k], `${path}.${k}`);
      if (inner) return inner;
    }
    return undefined;
  }
  return jsonEqual(expected, actual) ? undefined : `${path} should be ${brief(expected, 80)}, but it is ${brief(actual, 80)}`;
}

export function checkOutput(expected: NonNullable<Expectations['output']>, { obs }: CheckContext): CheckResult {
  const r = obs.result;
  if (r.status !== 'SUCCEEDED') return fail('output', `the run should produce an output, but there is none; ${describeRun(obs)}`);
  const output = r.output;
  if ('equals' in expected) {
    if (jsonEqual(expected.equals, output)) return pass('output', 'the output is as required');
    return fail('output', `the output should be ${brief(expected.equals)}, but it is ${brief(output)}`);
  }
  if ('equalsFile' in expected) return fail('output', `the scenario's expected output file ${expected.equalsFile} was not read; tell the instructor`);
  if ('subset' in expected) {
    const mismatch = subsetMismatch(expected.subset, output);
    return mismatch ? fail('output', mismatch) : pass('output', 'the output holds the required fields');
  }
  const compiled = compileJsonata(expected.jsonata);
  if (isSyntaxProblem(compiled)) return fail('output', `the scenario's output check does not compile (${compiled.message}); tell the instructor`);
  let value: unknown;
  try {
    value = compiled.expression.evaluate(output as JsonValue);
  } catch (e) {
    return fail('output', `the check “${expected.says}” should hold for the output, but evaluating it failed (${String((e as { message?: unknown } | null)?.message ?? e)}) on ${brief(output)}`);
  }
  if (value === true) return pass('output', `the check “${expected.says}” holds for the output`);
  return fail('output', `the check “${expected.says}” should hold for the output, but it does not: the output is ${brief(output)}`);
}
