import { expectString, intrinsicFailure, type IntrinsicFunction } from '../function';
import type { JsonValue } from '../../types';

const NAME = 'States.StringToJson';

export const stringToJson: IntrinsicFunction = {
  name: NAME,
  minArgs: 1,
  maxArgs: 1,
  apply(args) {
    const s = expectString(NAME, args, 0).trim();
    // AWS returns null for an empty or blank string rather than failing.
    if (s === '') return null;
    try {
      // Java parses "-0" as the integer 0; JSON.parse would give -0.
      return JSON.parse(s, (_k, v: unknown) => (Object.is(v, -0) ? 0 : v)) as JsonValue;
    } catch {
      return intrinsicFailure(NAME, `the string ${JSON.stringify(s.length > 80 ? s.slice(0, 77) + '...' : s)} is not valid JSON`);
    }
  },
};
