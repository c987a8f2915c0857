// The parsed form of an intrinsic function call such as States.Format('{} items', $.count).

import type { JsonValue } from '../types';

export type IntrinsicArg =
  | { kind: 'literal'; value: JsonValue; /** for string literals: the text with escapes kept (States.Format needs it) */ raw?: string }
  | { kind: 'path'; path: string }
  | { kind: 'context'; path: string }
  | { kind: 'variable'; name: string; /** the rest as a `$...` path applied to the variable's value */ path: string }
  | { kind: 'call'; call: IntrinsicCall };

export interface IntrinsicCall {
  /** Full name, e.g. 'States.Format'. */
  name: string;
  args: IntrinsicArg[];
  /** Character offset of the call in the expression text. */
  offset: number;
}
