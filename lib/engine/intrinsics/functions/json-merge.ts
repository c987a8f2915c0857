import { expectObject, intrinsicFailure, type IntrinsicFunction } from '../function';
import { assignOwn } from '../../own';

const NAME = 'States.JsonMerge';

export const jsonMerge: IntrinsicFunction = {
  name: NAME,
  minArgs: 3,
  maxArgs: 3,
  apply(args) {
    const a = expectObject(NAME, args, 0);
    const b = expectObject(NAME, args, 1);
    const deep = args[2];
    if (typeof deep !== 'boolean') intrinsicFailure(NAME, 'the third argument (deep merge) must be a boolean');
    // AWS only implements the shallow mode: the second object's keys replace the first's, whole values.
    if (deep) intrinsicFailure(NAME, 'deep merging is not supported; the third argument must be false');
    return assignOwn({}, a, b);
  },
};
