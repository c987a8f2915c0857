// Shared fixture for the JSONata tests: a seeded environment like the one a running state sees.
import { createRandom } from '../random';
import type { JsonValue } from '../types';
import type { JsonataEnv } from './evaluate';

export function testEnv(input: JsonValue = {}, variables: Record<string, JsonValue> = {}, extra: Partial<JsonataEnv> = {}): JsonataEnv {
  const random = createRandom(7);
  return {
    input,
    context: { Execution: { Id: 'arn:aws:states:us-east-1:123456789012:execution:M:e' }, State: { Name: 'S', EnteredTime: '2024-05-06T07:08:09.000Z' } },
    variables,
    random: random.next,
    uuid: random.uuid,
    ...extra,
  };
}

/** Runs `fn`, expecting a QueryEvaluationError; returns its cause and location for assertions. */
export function failure(fn: () => unknown): { error: string; cause: string; location: string | undefined } {
  try {
    fn();
  } catch (e) {
    const err = e as { error: string; causeText: string; location?: string };
    return { error: err.error, cause: err.causeText, location: err.location };
  }
  throw new Error('expected a failure, but the call succeeded');
}
