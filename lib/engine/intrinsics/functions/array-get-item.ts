import { expectArray, expectInteger, intrinsicFailure, type IntrinsicFunction } from '../function';

const NAME = 'States.ArrayGetItem';

export const arrayGetItem: IntrinsicFunction = {
  name: NAME,
  minArgs: 2,
  maxArgs: 2,
  apply(args) {
    const arr = expectArray(NAME, args, 0);
    const index = expectInteger(NAME, args, 1);
    if (index < 0 || index >= arr.length)
      intrinsicFailure(NAME, `the index ${index} is out of bounds for an array of length ${arr.length}`);
    return arr[index]!;
  },
};
