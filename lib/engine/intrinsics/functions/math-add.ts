import { expectNumber, intrinsicFailure, type IntrinsicFunction } from '../function';

const NAME = 'States.MathAdd';
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

// AWS rounds each argument half-up (Java Math.round: 1.5 -> 2, -1.5 -> -1), which Math.round matches.
function toInt(v: number, i: number): number {
  const n = Math.round(v);
  if (n < INT_MIN || n > INT_MAX)
    intrinsicFailure(NAME, `argument ${i + 1} (${v}) is outside the 32-bit integer range`);
  return n;
}

export const mathAdd: IntrinsicFunction = {
  name: NAME,
  minArgs: 2,
  maxArgs: 2,
  apply(args) {
    return toInt(expectNumber(NAME, args, 0), 0) + toInt(expectNumber(NAME, args, 1), 1);
  },
};
