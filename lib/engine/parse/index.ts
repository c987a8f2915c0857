// Parses a definition from JSON or YAML text, keeping the source position of every key and value, and
// validates it. Syntax errors and validation problems come back together as diagnostics; never throws.
import type { Diagnostic, StateMachineDefinition } from '../types';
import { validateDefinition } from '../validate/index';
import { parseJsonText, type TextParseResult } from './json';
import { LineIndex } from './lines';
import { SourceMap, type SourceNode } from './source-map';
import { parseYamlText } from './yaml';

export { SourceMap } from './source-map';
export { parseJsonText } from './json';
export { parseYamlText } from './yaml';
export type { JsonPathKey, SourceNode } from './source-map';

export interface ParseOptions {
  /** Standard or Express: Express rejects .sync, .waitForTaskToken and activities. Default STANDARD. */
  type?: 'STANDARD' | 'EXPRESS';
  /** Skip validation (syntax errors only). */
  validate?: boolean;
}

export interface ParseResult {
  definition?: StateMachineDefinition;
  diagnostics: Diagnostic[];
  sourceMap?: SourceMap;
  /**
   * The offsets tree the source map is built on: plain data (numbers and Maps) that can cross postMessage,
   * so a worker's one parse serves the page too (`new SourceMap(text, sourceRoot, format)`).
   */
  sourceRoot?: SourceNode;
  format?: 'json' | 'yaml';
}

/** JSON when the text starts with '{' or '[' (and parses as JSON); otherwise, or as a fallback, YAML. */
export function parseDefinition(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(text, options);
  } catch (e) {
    return { diagnostics: [{ severity: 'error', code: 'INTERNAL_ERROR', message: `Internal parser error: ${(e as Error).message}`, path: [], range: zero() }] };
  }
}

function parseUnsafe(text: string, options: ParseOptions): ParseResult {
  if (typeof text !== 'string' || text.trim() === '') {
    return { diagnostics: [{ severity: 'error', code: 'SCHEMA_VALIDATION_FAILED', message: 'Definition must be a valid JSON object: the text is empty', path: [], range: zero() }] };
  }
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  let format: 'json' | 'yaml' = first === '{' || first === '[' ? 'json' : 'yaml';
  let parsed: TextParseResult = format === 'json' ? parseJsonText(text) : parseYamlText(text);
  if (format === 'json' && parsed.problems.some((p) => p.message.startsWith('Expected a property name'))) {
    // YAML flow style also starts with '{' and leaves keys unquoted; if such text is valid YAML, take it as
    // YAML. Other JSON mistakes (trailing commas, comments) stay JSON errors: YAML would hide them.
    const asYaml = parseYamlText(text);
    if (asYaml.problems.length === 0 && isPlainObject(asYaml.value)) {
      parsed = asYaml;
      format = 'yaml';
    }
  }
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = parsed.problems.map((p) => ({
    severity: 'error',
    code: 'INVALID_JSON_DESCRIPTION',
    message: `${format === 'json' ? 'JSON' : 'YAML'} syntax error: ${p.message}`,
    path: [],
    range: lines.range(p.offset, p.offset + p.length),
  }));
  if (parsed.problems.length > 0 || !parsed.root) return { diagnostics, format };

  const sourceMap = new SourceMap(text, parsed.root, format);
  for (const d of parsed.duplicates) {
    const inStates = d.path.length >= 2 && d.path[d.path.length - 2] === 'States';
    diagnostics.push({
      severity: 'error',
      code: inStates ? 'DUPLICATE_STATE_NAME' : 'SCHEMA_VALIDATION_FAILED',
      message: inStates
        ? `State name '${String(d.path[d.path.length - 1])}' appears more than once; state names must be unique within their machine (only the last one would be kept)`
        : `Field '${String(d.path[d.path.length - 1])}' appears more than once in the same object; only the last value would be kept`,
      path: d.path,
      range: lines.range(d.keyStart, d.keyEnd),
    });
  }
  if (!isPlainObject(parsed.value)) {
    const what = Array.isArray(parsed.value) ? 'an array' : parsed.value === null ? 'null' : `a ${typeof parsed.value}`;
    diagnostics.push({
      severity: 'error',
      code: format === 'yaml' && typeof parsed.value === 'string' ? 'INVALID_JSON_DESCRIPTION' : 'SCHEMA_VALIDATION_FAILED',
      message: `Definition must be a JSON object (or a YAML mapping) with StartAt and States, but the text is ${what}`,
      path: [],
      range: sourceMap.closestRange([]),
    });
    return { diagnostics, sourceMap, sourceRoot: parsed.root, format };
  }
  if (options.validate !== false) {
    diagnostics.push(...validateDefinition(parsed.value, { type: options.type ?? 'STANDARD', sourceMap }));
  }
  return { definition: parsed.value as unknown as StateMachineDefinition, diagnostics, sourceMap, sourceRoot: parsed.root, format };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function zero() {
  return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
