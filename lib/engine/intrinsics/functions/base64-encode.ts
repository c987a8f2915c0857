import { expectString, intrinsicFailure, type IntrinsicFunction } from '../function';
import { base64Encode as encode, utf8Encode } from '../utf8';

const NAME = 'States.Base64Encode';
/** AWS accepts at most 10,000 characters of input. */
export const MAX_BASE64_INPUT = 10_000;

export const base64Encode: IntrinsicFunction = {
  name: NAME,
  minArgs: 1,
  maxArgs: 1,
  apply(args) {
    const s = expectString(NAME, args, 0);
    if (s.length > MAX_BASE64_INPUT)
      intrinsicFailure(NAME, `the input is ${s.length} characters long; at most ${MAX_BASE64_INPUT} are allowed`);
    return encode(utf8Encode(s));
  },
};
