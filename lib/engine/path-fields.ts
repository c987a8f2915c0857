// InputPath, ResultPath and OutputPath. ResultPath writes by copying only the containers along the path,
// so the raw input (which may still be referenced by history or a Catch) is never mutated.

import { StatesError } from './errors';
import type { ExpressionEnv } from './expressions/env';
import { compilePath, queryCompiled, type Segment } from './jsonpath/index';
import { queryVariablePath } from './variables/path';
import type { JsonObject, JsonValue } from './types';
import { copyObject, own, setOwn } from './own';
import { STATES_ERRORS } from './asl/errors';

/** Jayway's normalised form of a path, as AWS prints it in causes: $['a']['b'][0]. */
export function normalisedPath(segments: Segment[], root = '$'): string {
  let s = root;
  for (const seg of segments) {
    if (seg.kind === 'member') s += `['${seg.name}']`;
    else if (seg.kind === 'index') s += `[${seg.index}]`;
    else if (seg.kind === 'wildcard') s += '[*]';
    else if (seg.kind === 'members') s += `[${seg.names.map((n) => `'${n}'`).join(',')}]`;
    else if (seg.kind === 'indexes') s += `[${seg.indexes.join(',')}]`;
    else if (seg.kind === 'slice') s += `[${seg.start ?? ''}:${seg.end ?? ''}]`;
    else if (seg.kind === 'scan') s += '..' + normalisedPath([seg.then], '').replace(/^\[/, '[');
    else s += '[?]';
  }
  return s;
}

function selectPath(path: string, value: JsonValue, env: ExpressionEnv): JsonValue {
  if (path === '$') return value;
  const v = queryVariablePath(path, env.variables);
  if (v !== undefined) {
    if (!v.found) throw new StatesError(STATES_ERRORS.Runtime, `Invalid path '${path}' : No results for path: ${path}`);
    return v.value;
  }
  const c = compilePath(path);
  const r = queryCompiled(c, c.root === '$$' ? env.context : value);
  if (!r.found)
    throw new StatesError(STATES_ERRORS.Runtime, `Invalid path '${path}' : No results for path: ${normalisedPath(c.segments)}`);
  return r.value;
}

/** InputPath: absent keeps the input, null gives {}, else the selected value (missing -> States.Runtime). */
export function applyInputPath(path: string | null | undefined, input: JsonValue, env: ExpressionEnv): JsonValue {
  if (path === undefined) return input;
  if (path === null) return {};
  return selectPath(path, input, env);
}

/** OutputPath: same rules as InputPath, applied to the state's output. */
export function applyOutputPath(path: string | null | undefined, value: JsonValue, env: ExpressionEnv): JsonValue {
  if (path === undefined) return value;
  if (path === null) return {};
  return selectPath(path, value, env);
}

function matchFailure(resultPath: string, step: string, at: JsonValue): StatesError {
  return new StatesError(
    STATES_ERRORS.ResultPathMatchFailure,
    `Unable to apply step "${step}" to input ${JSON.stringify(at)} for the ResultPath '${resultPath}'`,
  );
}

/**
 * ResultPath: absent or '$' -> the result replaces the input; null -> the input is kept and the result
 * discarded; otherwise the result is written at the path, creating missing objects on the way.
 * A step that cannot be taken (a field on a non-object, an index out of range, a wildcard) raises
 * States.ResultPathMatchFailure.
 */
export function applyResultPath(rawInput: JsonValue, resultPath: string | null | undefined, result: JsonValue): JsonValue {
  if (resultPath === undefined || resultPath === '$') return result;
  if (resultPath === null) return rawInput;
  let c;
  try {
    c = compilePath(resultPath);
  } catch (e) {
    throw new StatesError(STATES_ERRORS.ResultPathMatchFailure, `Invalid ResultPath '${resultPath}': ${(e as Error).message}`);
  }
  if (c.root !== '$' || !c.reference)
    throw new StatesError(
      STATES_ERRORS.ResultPathMatchFailure,
      `The ResultPath '${resultPath}' must be a reference path (only fields and indexes, starting with '$')`,
    );
  return write(c.segments, 0, rawInput, result, resultPath);
}

function write(segs: Segment[], i: number, node: JsonValue | undefined, result: JsonValue, resultPath: string): JsonValue {
  if (i === segs.length) return result;
  const s = segs[i]!;
  if (s.kind === 'member') {
    if (node === undefined) {
      // A missing field on the way is created as an empty object.
      return { [s.name]: write(segs, i + 1, undefined, result, resultPath) };
    }
    if (typeof node !== 'object' || node === null || Array.isArray(node)) throw matchFailure(resultPath, s.name, node);
    // Object.assign (in copyObject), not spread: V8's spread-then-add is ~50x slower here, and this runs per state.
    const copy: JsonObject = copyObject(node);
    setOwn(copy, s.name, write(segs, i + 1, own(node, s.name), result, resultPath));
    return copy;
  }
  if (s.kind === 'index') {
    if (!Array.isArray(node) || s.index >= node.length) throw matchFailure(resultPath, `[${s.index}]`, node ?? null);
    const copy = node.slice();
    copy[s.index] = write(segs, i + 1, node[s.index], result, resultPath);
    return copy;
  }
  throw matchFailure(resultPath, normalisedPath([s], ''), node ?? null);
}
