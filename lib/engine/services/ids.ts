// Deterministic identifiers. Real AWS ids are random; ours derive from the world's sequence so the same
// world and run give the same message ids, job run ids and request ids (replays and graders rely on it).

import { md5Hex } from './md5';
import { nextSequence, type World } from './world';

/** A UUID-shaped id, e.g. for MessageId or RequestId. */
export function nextUuid(world: World, kind: string): string {
  const hex = md5Hex(`${kind}:${nextSequence(world)}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A hex id of the given length with a prefix, e.g. Glue's `jr_<64 hex>`. */
export function nextHexId(world: World, kind: string, length: number, prefix = ''): string {
  let hex = '';
  const seq = nextSequence(world);
  for (let i = 0; hex.length < length; i++) hex += md5Hex(`${kind}:${seq}:${i}`);
  return prefix + hex.slice(0, length);
}
