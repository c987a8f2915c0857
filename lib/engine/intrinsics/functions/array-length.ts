import { expectArray, type IntrinsicFunction } from '../function';

const NAME = 'States.ArrayLength';

export const arrayLength: IntrinsicFunction = {
  name: NAME,
  minArgs: 1,
  maxArgs: 1,
  apply: (args) => expectArray(NAME, args, 0).length,
};
