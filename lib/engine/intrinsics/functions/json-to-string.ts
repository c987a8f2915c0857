import type { IntrinsicFunction } from '../function';

export const jsonToString: IntrinsicFunction = {
  name: 'States.JsonToString',
  minArgs: 1,
  maxArgs: 1,
  // Compact JSON, no spaces: {"a":1,"b":[]}.
  apply: (args) => JSON.stringify(args[0]),
};
