import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { JsonValue } from '../types';
import type { DuplicateKey, SyntaxProblem, TextParseResult } from './json';
import type { JsonPathKey, SourceNode } from './source-map';

/**
 * Parses YAML (1.2 core schema: no implicit timestamps or yes/no booleans, so values stay what JSON would
 * give) and records the offsets of every key and value, like parseJsonText does for JSON.
 */
export function parseYamlText(text: string): TextParseResult {
  const problems: SyntaxProblem[] = [];
  const duplicates: DuplicateKey[] = [];
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true });
  for (const err of doc.errors) {
    problems.push({ offset: err.pos[0], length: Math.max(1, err.pos[1] - err.pos[0]), message: firstLine(err.message) });
  }
  if (problems.length > 0) return { problems, duplicates };
  let value: JsonValue;
  try {
    value = toJsonValue(doc.toJS({ maxAliasCount: 100 }));
  } catch (e) {
    problems.push({ offset: 0, length: 1, message: `YAML could not be converted to JSON: ${(e as Error).message}` });
    return { problems, duplicates };
  }
  const root = doc.contents ? sourceNode(text, doc.contents as YamlNode, [], duplicates) : { start: 0, end: text.length };
  return { value, root, problems, duplicates };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** YAML can hold values JSON cannot (dates, NaN, Maps with object keys); keep only JSON. */
function toJsonValue(v: unknown): JsonValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`the number ${v} has no JSON form`);
    return v;
  }
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toJsonValue);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
      Object.defineProperty(out, k, { value: toJsonValue(val), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw new Error(`a value of type ${typeof v} has no JSON form`);
}

function sourceNode(text: string, node: YamlNode, path: JsonPathKey[], duplicates: DuplicateKey[]): SourceNode {
  const [start, valueEnd] = node.range ?? [0, 0];
  // A block collection's range runs to the start of the next line; trim it to its last character.
  let end = valueEnd;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const out: SourceNode = { start, end };
  if (isMap(node)) {
    out.children = new Map();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined || !keyNode?.range) continue;
      const child: SourceNode = pair.value
        ? sourceNode(text, pair.value as YamlNode, [...path, key], duplicates)
        : { start: keyNode.range[1], end: keyNode.range[1] };
      child.keyStart = keyNode.range[0];
      child.keyEnd = keyNode.range[1];
      if (out.children.has(key)) duplicates.push({ path: [...path, key], keyStart: child.keyStart, keyEnd: child.keyEnd });
      out.children.set(key, child);
    }
  } else if (isSeq(node)) {
    out.children = new Map();
    node.items.forEach((item, i) => {
      if (item && typeof item === 'object' && 'range' in item) out.children!.set(i, sourceNode(text, item as YamlNode, [...path, i], duplicates));
    });
  } else if (isAlias(node)) {
    // An alias points at its anchor's value; its own range is the "*name" text, which is what we keep.
  }
  return out;
}
