import type { JsonValue } from '../../types';
import { expectArray, expectInteger, intrinsicFailure, type IntrinsicFunction } from '../function';

const NAME = 'States.ArrayPartition';

export const arrayPartition: IntrinsicFunction = {
  name: NAME,
  minArgs: 2,
  maxArgs: 2,
  apply(args) {
    const arr = expectArray(NAME, args, 0);
    const size = expectInteger(NAME, args, 1);
    if (size <= 0) intrinsicFailure(NAME, `the chunk size must be a positive integer, but was ${size}`);
    const out: JsonValue[] = [];
    for (let i = 0; i < arr.length; i += size) out.push(arr.slice(i, i + size));
    return out;
  },
};
