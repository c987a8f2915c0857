import { expectString, intrinsicFailure, type IntrinsicFunction } from '../function';
import { base64Decode as decode, utf8Decode } from '../utf8';
import { MAX_BASE64_INPUT } from './base64-encode';

const NAME = 'States.Base64Decode';

export const base64Decode: IntrinsicFunction = {
  name: NAME,
  minArgs: 1,
  maxArgs: 1,
  apply(args) {
    const s = expectString(NAME, args, 0);
    if (s.length > MAX_BASE64_INPUT)
      intrinsicFailure(NAME, `the input is ${s.length} characters long; at most ${MAX_BASE64_INPUT} are allowed`);
    const bytes = decode(s);
    if (bytes === null) intrinsicFailure(NAME, `the string ${JSON.stringify(s.length > 60 ? s.slice(0, 57) + '...' : s)} is not valid Base64`);
    return utf8Decode(bytes);
  },
};
