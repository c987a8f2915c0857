import { expectString, type IntrinsicFunction } from '../function';

const NAME = 'States.StringSplit';

export const stringSplit: IntrinsicFunction = {
  name: NAME,
  minArgs: 2,
  maxArgs: 2,
  apply(args) {
    const s = expectString(NAME, args, 0);
    const delimiters = expectString(NAME, args, 1);
    // Every character of the second argument is a delimiter on its own, and empty pieces are dropped:
    // StringSplit("a.b+c", ".+") is ["a","b","c"]; StringSplit(",,", ",") is [].
    const parts: string[] = [];
    let cur = '';
    for (const ch of s) {
      if (delimiters.includes(ch)) {
        if (cur !== '') parts.push(cur);
        cur = '';
      } else cur += ch;
    }
    if (cur !== '') parts.push(cur);
    return parts;
  },
};
