import { describe, expect, it } from 'vitest';
import { isStatesError } from '../errors';
import { evaluateIntrinsic } from './evaluate';
import { envFor } from './test-helpers';

// Recorded on AWS (assign/test_assign_reference_variables.py, BASE_REFERENCE_IN_INTRINSIC_FUNCTION):
// intrinsic arguments can be workflow variables.
describe('intrinsic arguments from variables', () => {
  const env = {
    ...envFor({}),
    variables: {
      rawString: 'Hello World',
      encodedString: 'SGVsbG8gV29ybGQ=',
      inputString: 'Hash this string',
      json1: { a: 1, b: 2 },
      json2: { c: 3, d: 4 },
      value1: 5,
      value2: 3,
      csvString: 'a,b,c,d,e',
      name: 'John',
      place: 'LocalStack',
      nested: { list: [10, 20] },
    },
  };

  it.each([
    ['States.Base64Encode($rawString)', 'SGVsbG8gV29ybGQ='],
    ['States.Base64Decode($encodedString)', 'Hello World'],
    ["States.Hash($inputString, 'SHA-256')", '1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e'],
    ['States.JsonMerge($json1, $json2, false)', { a: 1, b: 2, c: 3, d: 4 }],
    ['States.MathAdd($value1, $value2)', 8],
    ["States.StringSplit($csvString, ',')", ['a', 'b', 'c', 'd', 'e']],
    ["States.Format('Hello {}, welcome to {}!', $name, $place)", 'Hello John, welcome to LocalStack!'],
    ['States.ArrayGetItem($nested.list, 1)', 20],
  ])('%s', (expr, expected) => {
    expect(evaluateIntrinsic(expr, env)).toStrictEqual(expected);
  });

  it('fails with States.Runtime for an undefined variable', () => {
    try {
      evaluateIntrinsic('States.ArrayLength($nope)', env, 'x.$');
      throw new Error('expected a failure');
    } catch (e) {
      expect(isStatesError(e) && e.error).toBe('States.Runtime');
      expect(isStatesError(e) && e.causeText).toContain("'$nope'");
    }
  });
});
