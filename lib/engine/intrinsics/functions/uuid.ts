import type { IntrinsicFunction } from '../function';

export const uuid: IntrinsicFunction = {
  name: 'States.UUID',
  minArgs: 0,
  maxArgs: 0,
  // Drawn from the execution's seed so a replay gives the same UUIDs.
  apply: (_args, env) => env.uuid(),
};
