import { expectString, intrinsicFailure, type IntrinsicFunction } from '../function';
import { md5 } from '../hash/md5';
import { sha1 } from '../hash/sha1';
import { sha256 } from '../hash/sha256';
import { sha384, sha512 } from '../hash/sha512';
import { utf8Encode } from '../utf8';

const NAME = 'States.Hash';
/** AWS hashes at most 10,000 characters. */
export const MAX_HASH_INPUT = 10_000;

const ALGORITHMS: Record<string, (b: Uint8Array) => string> = {
  MD5: md5,
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
};

export const hash: IntrinsicFunction = {
  name: NAME,
  minArgs: 2,
  maxArgs: 2,
  apply(args) {
    const data = args[0]!;
    // A non-string value is hashed as its JSON text.
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    if (text.length > MAX_HASH_INPUT)
      intrinsicFailure(NAME, `the input is ${text.length} characters long; at most ${MAX_HASH_INPUT} are allowed`);
    const algorithm = expectString(NAME, args, 1);
    const fn = ALGORITHMS[algorithm];
    if (!fn)
      intrinsicFailure(NAME, `the hashing algorithm '${algorithm}' is not supported; use one of ${Object.keys(ALGORITHMS).join(', ')}`);
    return fn(utf8Encode(text));
  },
};
