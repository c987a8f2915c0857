import { createRandom } from '../../random';
import { expectNumber, intrinsicFailure, type IntrinsicFunction } from '../function';

const NAME = 'States.MathRandom';

export const mathRandom: IntrinsicFunction = {
  name: NAME,
  minArgs: 2,
  maxArgs: 3,
  apply(args, env) {
    // Non-integer bounds are rounded to the nearest integer, as AWS documents.
    const start = Math.round(expectNumber(NAME, args, 0));
    const end = Math.round(expectNumber(NAME, args, 1));
    if (start > end) intrinsicFailure(NAME, `the start (${start}) must not be greater than the end (${end})`);
    // With a seed argument the number depends on the seed only; otherwise on the execution's seed.
    const r = args.length === 3 ? createRandom(Math.round(expectNumber(NAME, args, 2))).next() : env.random();
    return start + Math.floor(r * (end - start + 1));
  },
};
