// All 18 intrinsic functions by name.
import type { IntrinsicFunction } from './function';
import { array } from './functions/array';
import { arrayContains } from './functions/array-contains';
import { arrayGetItem } from './functions/array-get-item';
import { arrayLength } from './functions/array-length';
import { arrayPartition } from './functions/array-partition';
import { arrayRange } from './functions/array-range';
import { arrayUnique } from './functions/array-unique';
import { base64Decode } from './functions/base64-decode';
import { base64Encode } from './functions/base64-encode';
import { format } from './functions/format';
import { hash } from './functions/hash';
import { jsonMerge } from './functions/json-merge';
import { jsonToString } from './functions/json-to-string';
import { mathAdd } from './functions/math-add';
import { mathRandom } from './functions/math-random';
import { stringSplit } from './functions/string-split';
import { stringToJson } from './functions/string-to-json';
import { uuid } from './functions/uuid';

export const INTRINSIC_FUNCTIONS: ReadonlyMap<string, IntrinsicFunction> = new Map(
  [
    format, stringToJson, jsonToString, array, arrayPartition, arrayContains, arrayRange, arrayGetItem, arrayLength,
    arrayUnique, base64Encode, base64Decode, hash, jsonMerge, mathRandom, mathAdd, stringSplit, uuid,
  ].map((f) => [f.name, f]),
);
