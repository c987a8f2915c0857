// Random and malformed expressions never crash or hang the evaluator: each ends in a JSON value or a
// States.QueryEvaluationError, and whole JSONata machines end in a result.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateTemplate } from './template';
import { QueryEvaluationError } from './errors';
import { testEnv } from './test-env';
import { startExecution } from '../start';
import type { JsonValue, StateMachineDefinition } from '../types';

const fragments = [
  '$states.input', '$states.input.a', '$states.context', '$v', '$nope', '1', "'s'", 'true', 'null', '[1, 2]', '{"k": 1}',
  '+', '-', '*', '/', '%', '&', '=', '<', 'and', 'or', '?', ':', '(', ')', '[', ']', '{', '}', ',', '.', ';', ':=',
  '$sum(', '$count(', '$string(', '$map(', 'function($x){$x}', '$partition(', '$range(', '$hash(', '$parse(', '$uuid()',
  '$random()', '$eval(', '$now()', '$x', '/re/', '**', '..', '^(<a)', '#$i', '@$o', '~>', '$$', '$',
];
const expression = fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 8 }).map((parts) => `{% ${parts.join(' ')} %}`);
const json: fc.Arbitrary<JsonValue> = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>;

describe('JSONata fuzz', () => {
  it('random expressions give JSON or a QueryEvaluationError', () => {
    fc.assert(
      fc.property(expression, json, json, (expr, input, v) => {
        try {
          const out = evaluateTemplate({ r: expr }, testEnv(input, { v }), 'Output');
          expect(JSON.parse(JSON.stringify(out))).toEqual(out);
        } catch (e) {
          expect(e).toBeInstanceOf(QueryEvaluationError);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('JSONata machines with random expressions end in a result', async () => {
    await fc.assert(
      fc.asyncProperty(expression, expression, json, async (a, b, input) => {
        const def = {
          QueryLanguage: 'JSONata',
          StartAt: 'P',
          States: {
            P: { Type: 'Pass', Assign: { v: a }, Output: { x: b }, Next: 'M' },
            M: { Type: 'Map', Items: a, ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', Output: b, End: true } } }, Next: 'C' },
            C: { Type: 'Choice', Choices: [{ Condition: a, Next: 'W' }], Default: 'F' },
            W: { Type: 'Wait', Seconds: b, End: true },
            F: { Type: 'Fail', Error: a, Cause: b },
          },
        } as unknown as StateMachineDefinition;
        const r = await startExecution(def, input, { maxTransitions: 200 });
        expect(['SUCCEEDED', 'FAILED']).toContain(r.status);
        if (r.status === 'FAILED') expect(typeof r.error === 'string' || r.error === undefined).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
