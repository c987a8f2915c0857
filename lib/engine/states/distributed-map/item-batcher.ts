// ItemBatcher: groups consecutive items into one child execution's input, `{"BatchInput": ..., "Items":
// [...]}` (BatchInput only when set). A batch closes at MaxItemsPerBatch items or before the item that
// would take its JSON text past MaxInputBytesPerBatch (256 KiB at most, AWS's payload quota).
// Without ItemBatcher every item is its own child input. Source: developer guide "ItemBatcher (Map)".

import type { JsonValue } from '../../types';
import { StatesError } from '../../errors';
import { jsonText, utf8Length } from '../../json-text';
import type { BatcherSpec } from './config';
import { STATES_ERRORS } from '../../asl/errors';

export interface ChildInput {
  input: JsonValue;
  /** Index of the first item in the child (the child's items are consecutive). */
  firstItem: number;
  itemCount: number;
  /** UTF-8 size of the input's JSON text, when the batcher already measured it. */
  bytes?: number;
}

/** Pulls items one at a time (undefined when there are no more) and hands out child inputs. */
export interface ChildInputs {
  next(): ChildInput | undefined;
  /** Items consumed so far. */
  readonly itemsRead: number;
}

export function unbatched(total: number, item: (index: number) => JsonValue): ChildInputs {
  let i = 0;
  return {
    next() {
      if (i >= total) return undefined;
      const index = i++;
      return { input: item(index), firstItem: index, itemCount: 1 };
    },
    get itemsRead() {
      return i;
    },
  };
}

function byteSize(value: JsonValue): number {
  const text = jsonText(value);
  // Pure-ASCII text is as long in bytes as in code units; only measure UTF-8 when it could differ.
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f) return utf8Length(text);
  return text.length;
}

export function batched(total: number, item: (index: number) => JsonValue, spec: BatcherSpec): ChildInputs {
  let i = 0;
  let pending: { value: JsonValue; size: number; index: number } | undefined;
  // {"Items":[]} is 12 bytes; {"BatchInput":<x>,"Items":[]} adds 15 plus <x>.
  const overhead = spec.batchInput === undefined ? 12 : 27 + byteSize(spec.batchInput);
  const maxItems = spec.maxItems > 0 ? spec.maxItems : Number.POSITIVE_INFINITY;
  const measure = spec.maxBytes > 0;
  const take = () => {
    if (pending) {
      const p = pending;
      pending = undefined;
      return p;
    }
    if (i >= total) return undefined;
    const index = i++;
    const value = item(index);
    return { value, size: measure ? byteSize(value) : 0, index };
  };
  return {
    next() {
      const first = take();
      if (first === undefined) return undefined;
      const firstItem = first.index;
      if (measure && overhead + first.size > spec.maxBytes) {
        throw new StatesError(
          STATES_ERRORS.Runtime,
          `Item ${firstItem} is ${first.size} bytes: a batch holding only it would be ${overhead + first.size} bytes, more than the ${spec.maxBytes} bytes MaxInputBytesPerBatch allows.`,
        );
      }
      const items: JsonValue[] = [first.value];
      let bytes = overhead + first.size;
      while (items.length < maxItems) {
        const next = take();
        if (next === undefined) break;
        if (measure && bytes + 1 + next.size > spec.maxBytes) {
          pending = next;
          break;
        }
        items.push(next.value);
        bytes += 1 + next.size;
      }
      const input: { [k: string]: JsonValue } = {};
      if (spec.batchInput !== undefined) input.BatchInput = spec.batchInput;
      input.Items = items;
      return measure ? { input, firstItem, itemCount: items.length, bytes } : { input, firstItem, itemCount: items.length };
    },
    get itemsRead() {
      return i - (pending ? 1 : 0);
    },
  };
}
