// The props a lesson gives an example (<Sandbox/>, <Cost/>, <CostValue/>) turned into something runnable.
// The content check and the components that render at build time both call this, so a path that the
// check accepts is a path the page can read.
import type { ExecutionType, JsonValue } from '../engine/types';
import { looksLikeContentPath, parseDataText, readContentFile } from './content-files';
import type { ExampleSpec } from './run-example';

export interface PropProblem {
  prop: string;
  message: string;
}

export type ResolvedExample =
  | { ok: true; spec: ExampleSpec; /** content/… when the definition came from a file */ definitionFile?: string }
  | { ok: false; problems: PropProblem[] };

const EXECUTION_TYPES: readonly ExecutionType[] = ['STANDARD', 'EXPRESS'];

function isObject(v: unknown): v is Record<string, JsonValue> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a data prop written inline or as `"examples/….json"`. */
function dataProp(root: string, prop: string, value: unknown, problems: PropProblem[], opts: { objectOnly: boolean }): JsonValue | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    if (looksLikeContentPath(value)) {
      const read = readContentFile(root, value);
      if (!read.ok) return void problems.push({ prop, message: read.message });
      const parsed = parseDataText(read.text, read.file);
      if (!parsed.ok) return void problems.push({ prop, message: parsed.message });
      value = parsed.value;
    } else if (!opts.objectOnly) {
      try {
        return JSON.parse(value) as JsonValue;
      } catch {
        return void problems.push({ prop, message: `${prop} is a string but neither a path under content/ nor JSON text` });
      }
    } else {
      return void problems.push({ prop, message: `${prop} must be an object or a path to a .json/.yaml file under content/` });
    }
  }
  if (opts.objectOnly && !isObject(value)) return void problems.push({ prop, message: `${prop} must be an object` });
  return value as JsonValue;
}

export function resolveExampleProps(root: string, props: Record<string, unknown>): ResolvedExample {
  const problems: PropProblem[] = [];
  let definitionText: string | undefined;
  let definitionFile: string | undefined;
  const definition = props.definition;
  if (definition === undefined) {
    problems.push({ prop: 'definition', message: 'definition is required: an object, or a path such as "examples/<lesson>/<name>.json"' });
  } else if (typeof definition === 'string') {
    if (looksLikeContentPath(definition)) {
      const read = readContentFile(root, definition);
      if (read.ok) {
        definitionText = read.text;
        definitionFile = read.file;
      } else problems.push({ prop: 'definition', message: read.message });
    } else {
      definitionText = definition;
    }
  } else if (isObject(definition)) {
    definitionText = `${JSON.stringify(definition, null, 2)}\n`;
  } else {
    problems.push({ prop: 'definition', message: 'definition must be an object or a path to a .json/.yaml file under content/' });
  }

  const input = dataProp(root, 'input', props.input, problems, { objectOnly: false });
  const world = dataProp(root, 'world', props.world, problems, { objectOnly: true });
  const mocks = dataProp(root, 'mocks', props.mocks, problems, { objectOnly: true });

  const type = props.type;
  if (type !== undefined && !EXECUTION_TYPES.includes(type as ExecutionType)) problems.push({ prop: 'type', message: `type must be "STANDARD" or "EXPRESS", not ${JSON.stringify(type)}` });
  for (const key of ['testCase', 'faults'] as const) {
    if (props[key] !== undefined && typeof props[key] !== 'string') problems.push({ prop: key, message: `${key} must be a string` });
  }
  const maxTransitions = props.maxTransitions;
  if (maxTransitions !== undefined && (typeof maxTransitions !== 'number' || !Number.isInteger(maxTransitions) || maxTransitions < 1)) {
    problems.push({ prop: 'maxTransitions', message: 'maxTransitions must be a whole number of at least 1' });
  }
  if (problems.length || definitionText === undefined) return { ok: false, problems };

  const spec: ExampleSpec = { definitionText };
  if (input !== undefined) spec.input = input;
  if (type !== undefined) spec.type = type as ExecutionType;
  if (world !== undefined) spec.world = world;
  if (mocks !== undefined) spec.mocks = mocks;
  if (typeof props.testCase === 'string') spec.testCase = props.testCase;
  if (typeof props.faults === 'string') spec.faults = props.faults;
  if (typeof maxTransitions === 'number') spec.maxTransitions = maxTransitions;
  return definitionFile ? { ok: true, spec, definitionFile } : { ok: true, spec };
}
