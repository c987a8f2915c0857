import { deepEqual } from '../../jsonpath/index';
import { expectArray, type IntrinsicFunction } from '../function';

const NAME = 'States.ArrayContains';

export const arrayContains: IntrinsicFunction = {
  name: NAME,
  minArgs: 2,
  maxArgs: 2,
  apply(args) {
    const arr = expectArray(NAME, args, 0);
    const needle = args[1]!;
    return arr.some((v) => deepEqual(v, needle));
  },
};
