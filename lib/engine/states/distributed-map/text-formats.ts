// Item sources over the text of an S3 object: a JSON array, JSON Lines, or CSV. A million items must not
// become a million parsed objects at once, so each source first finds where its items are (one pass over
// the text, keeping only offsets in typed arrays) and parses an item when the Map Run asks for it. Errors
// say which object, which item and what is wrong; the caller turns them into States.ItemReaderFailed.

import type { JsonObject, JsonValue } from '../../types';
import { setOwn } from '../../own';

/** Items in order, parsed on demand. `item(i)` is called with increasing i (random access also works). */
export interface ItemSource {
  readonly total: number;
  item(index: number): JsonValue;
}

export class ItemSourceError extends Error {}

export function arraySource(items: JsonValue[]): ItemSource {
  return { total: items.length, item: (i) => items[i]! };
}

/** Growable pairs of [start, end) offsets. */
class Spans {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  count = 0;
  push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const s = new Int32Array(this.count * 2);
      s.set(this.starts);
      this.starts = s;
      const e = new Int32Array(this.count * 2);
      e.set(this.ends);
      this.ends = e;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
}

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Index just past the closing quote of a JSON string whose opening quote is at `open`. */
function endOfString(text: string, open: number, where: string): number {
  let j = text.indexOf('"', open + 1);
  for (;;) {
    if (j < 0) throw new ItemSourceError(`${where} has an unterminated string starting at character ${open}.`);
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return j + 1;
    j = text.indexOf('"', j + 1);
  }
}

function parseSlice(text: string, start: number, end: number, what: string): JsonValue {
  try {
    return JSON.parse(text.slice(start, end)) as JsonValue;
  } catch (e) {
    throw new ItemSourceError(`${what} is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
}

/** A JSON array of items. `where` names the object in messages ("s3://bucket/key"). */
export function jsonArraySource(text: string, where: string, maxItems = 0): ItemSource {
  const spans = new Spans();
  const n = text.length;
  let i = 0;
  while (i < n && isWs(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x5b) {
    throw new ItemSourceError(`${where} is not a JSON array: it starts with ${JSON.stringify(text.slice(i, i + 20))}. With InputType JSON the object must hold one JSON array of items.`);
  }
  i++;
  let depth = 0;
  let start = -1;
  let closed = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      if (start < 0) start = i;
      i = endOfString(text, i, where);
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (start < 0) start = i;
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) {
        if (c !== 0x5d) throw new ItemSourceError(`${where} is not valid JSON: unexpected '}' at character ${i}.`);
        if (start >= 0) spans.push(start, i);
        else if (spans.count > 0) throw new ItemSourceError(`${where} is not valid JSON: a comma before ']' at character ${i}.`);
        closed = true;
        i++;
        break;
      }
      depth--;
    } else if (c === 0x2c && depth === 0) {
      if (start < 0) throw new ItemSourceError(`${where} is not valid JSON: an empty item before the comma at character ${i}.`);
      spans.push(start, i);
      start = -1;
      if (maxItems > 0 && spans.count >= maxItems) {
        closed = true;
        break;
      }
    } else if (start < 0 && !isWs(c)) {
      start = i;
    }
    i++;
  }
  if (!closed) throw new ItemSourceError(`${where} is not valid JSON: the array is not closed with ']'.`);
  if (maxItems === 0 || spans.count < maxItems) {
    while (i < n && isWs(text.charCodeAt(i))) i++;
    if (i < n) throw new ItemSourceError(`${where} is not valid JSON: unexpected text after the array at character ${i}.`);
  }
  const total = maxItems > 0 ? Math.min(maxItems, spans.count) : spans.count;
  // Items are parsed a block at a time: one native JSON.parse of a few thousand items is several times
  // faster than one call per item, and a block is small enough to keep memory bounded.
  let blockStart = 0;
  let block: JsonValue[] = [];
  return {
    total,
    item(k) {
      if (k < blockStart || k >= blockStart + block.length) {
        const end = Math.min(total, k + JSON_BLOCK_ITEMS);
        try {
          block = JSON.parse('[' + text.slice(spans.starts[k]!, spans.ends[end - 1]!) + ']') as JsonValue[];
        } catch {
          // Keep the good items before the bad one; the bad one throws when its turn comes.
          block = [];
          for (let j = k; j < end; j++) {
            if (j === k) block.push(parseSlice(text, spans.starts[j]!, spans.ends[j]!, `Item ${j} of ${where}`));
            else {
              try {
                block.push(JSON.parse(text.slice(spans.starts[j]!, spans.ends[j]!)) as JsonValue);
              } catch {
                break;
              }
            }
          }
          blockStart = k;
          return block[0]!;
        }
        blockStart = k;
        if (block.length !== end - k) {
          // A stray comma inside an item would shift the items; read them one by one instead.
          block = [];
          for (let j = k; j < end; j++) block.push(parseSlice(text, spans.starts[j]!, spans.ends[j]!, `Item ${j} of ${where}`));
        }
      }
      return block[k - blockStart]!;
    },
  };
}

const JSON_BLOCK_ITEMS = 4096;

/** JSON Lines: one JSON value per non-blank line. */
export function jsonLinesSource(text: string, where: string, maxItems = 0): ItemSource {
  const spans = new Spans();
  const lines: number[] = [];
  let line = 1;
  let pos = 0;
  const n = text.length;
  while (pos < n && (maxItems === 0 || spans.count < maxItems)) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let s = pos;
    let e = nl;
    while (s < e && isWs(text.charCodeAt(s))) s++;
    while (e > s && isWs(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      spans.push(s, e);
      lines.push(line);
    }
    pos = nl + 1;
    line++;
  }
  return { total: spans.count, item: (k) => parseSlice(text, spans.starts[k]!, spans.ends[k]!, `Line ${lines[k]} of ${where}`) };
}

export interface CsvOptions {
  /** Column names; when undefined the first row holds them. */
  headers?: string[];
  delimiter?: string;
  maxItems?: number;
}

/**
 * CSV as AWS reads it for a Distributed Map: every row becomes an object of strings keyed by the header
 * (FIRST_ROW: the first row; GIVEN: CSVHeaders). Quoted fields may hold the delimiter, quotes ("") and
 * line breaks. A row with more or fewer fields than headers is an error naming the row.
 */
export function csvSource(text: string, where: string, options: CsvOptions = {}): ItemSource & { headers: string[] } {
  const delimiter = options.delimiter ?? ',';
  const rows = new Spans();
  const rowNumbers: number[] = [];
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row = 1;
  let headers = options.headers;
  const maxItems = options.maxItems ?? 0;
  while (pos < n) {
    // Find the end of this record: a line break outside quotes.
    let i = pos;
    let inQuotes = false;
    let breaks = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) inQuotes = !inQuotes;
      else if (c === 0x0a) {
        if (!inQuotes) break;
        breaks++;
      }
    }
    if (inQuotes) throw new ItemSourceError(`Row ${row} of ${where} has a quoted field that is never closed.`);
    let end = i;
    if (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;
    if (end > pos) {
      if (headers === undefined) {
        headers = splitCsvRecord(text, pos, end, delimiter, where, row);
        if (headers.length === 0 || headers.some((h) => h === '')) throw new ItemSourceError(`The header row of ${where} has an empty column name.`);
      } else if (maxItems === 0 || rows.count < maxItems) {
        rows.push(pos, end);
        rowNumbers.push(row);
      }
    }
    row += 1 + breaks;
    pos = i + 1;
    if (maxItems > 0 && rows.count >= maxItems) break;
  }
  if (headers === undefined) throw new ItemSourceError(`${where} is empty: with CSVHeaderLocation FIRST_ROW its first row must name the columns.`);
  const names = headers;
  return {
    headers: names,
    total: rows.count,
    item(k) {
      const fields = splitCsvRecord(text, rows.starts[k]!, rows.ends[k]!, delimiter, where, rowNumbers[k]!);
      if (fields.length !== names.length) {
        throw new ItemSourceError(`Row ${rowNumbers[k]} of ${where} has ${fields.length} fields but there are ${names.length} column headers.`);
      }
      const item: JsonObject = {};
      for (let f = 0; f < names.length; f++) setOwn(item, names[f]!, fields[f]!);
      return item;
    },
  };
}

function splitCsvRecord(text: string, start: number, end: number, delimiter: string, where: string, row: number): string[] {
  const d = delimiter.charCodeAt(0);
  const fields: string[] = [];
  let i = start;
  for (;;) {
    if (text.charCodeAt(i) === 0x22) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0 || q >= end) throw new ItemSourceError(`Row ${row} of ${where} has a quoted field that is never closed.`);
        value += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 0x22) {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(value);
      if (i >= end) return fields;
      if (text.charCodeAt(i) !== d) throw new ItemSourceError(`Row ${row} of ${where} has text after a closing quote at character ${i - start + 1}.`);
      i++;
      if (i === end) {
        fields.push('');
        return fields;
      }
    } else {
      let j = i;
      while (j < end && text.charCodeAt(j) !== d) j++;
      fields.push(text.slice(i, j));
      if (j >= end) return fields;
      i = j + 1;
      if (i === end) {
        fields.push('');
        return fields;
      }
    }
  }
}

/** Several sources read one after another (an S3 inventory's data files). */
export function concatSources(parts: ItemSource[], maxItems = 0): ItemSource {
  const offsets: number[] = [];
  let total = 0;
  for (const p of parts) {
    offsets.push(total);
    total += p.total;
  }
  if (maxItems > 0) total = Math.min(total, maxItems);
  let part = 0;
  return {
    total,
    item(k) {
      if (part >= parts.length || k < offsets[part]! || k >= offsets[part]! + parts[part]!.total) {
        part = 0;
        while (part + 1 < parts.length && k >= offsets[part + 1]!) part++;
      }
      return parts[part]!.item(k - offsets[part]!);
    },
  };
}
