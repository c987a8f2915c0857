import type { JsonValue } from '../../types';
import { deepEqual } from '../../jsonpath/index';
import { expectArray, type IntrinsicFunction } from '../function';

const NAME = 'States.ArrayUnique';

export const arrayUnique: IntrinsicFunction = {
  name: NAME,
  minArgs: 1,
  maxArgs: 1,
  apply(args) {
    const arr = expectArray(NAME, args, 0);
    const out: JsonValue[] = [];
    // Keeps the first occurrence of each value, comparing objects and arrays structurally.
    for (const v of arr) if (!out.some((u) => deepEqual(u, v))) out.push(v);
    return out;
  },
};
