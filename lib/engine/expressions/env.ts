import type { JsonValue } from '../types';

/**
 * Everything an expression (JSONPath, intrinsic function, payload template, Choice rule) can see.
 * `input` is `$`, `context` is `$$`; `variables` are the workflow variables (`$name`) once Assign exists.
 */
export interface ExpressionEnv {
  input: JsonValue;
  context: JsonValue;
  variables?: Record<string, JsonValue>;
  random: () => number;
  uuid: () => string;
}
