import type { IntrinsicFunction } from '../function';

export const array: IntrinsicFunction = {
  name: 'States.Array',
  minArgs: 0,
  maxArgs: Infinity,
  apply: (args) => args.slice(),
};
