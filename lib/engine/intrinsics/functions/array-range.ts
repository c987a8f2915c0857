import { expectInteger, intrinsicFailure, type IntrinsicFunction } from '../function';

const NAME = 'States.ArrayRange';
/** AWS caps the generated array at 1,000 items. */
export const MAX_RANGE_ITEMS = 1000;

export const arrayRange: IntrinsicFunction = {
  name: NAME,
  minArgs: 3,
  maxArgs: 3,
  apply(args) {
    const start = expectInteger(NAME, args, 0);
    const end = expectInteger(NAME, args, 1);
    const step = expectInteger(NAME, args, 2);
    if (step === 0) intrinsicFailure(NAME, 'the step (third argument) cannot be 0');
    const count = Math.floor((end - start) / step) + 1;
    if (count > MAX_RANGE_ITEMS)
      intrinsicFailure(NAME, `the range would have ${count} items; at most ${MAX_RANGE_ITEMS} are allowed`);
    const out: number[] = [];
    for (let i = 0; i < count; i++) out.push(start + i * step);
    return out;
  },
};
