import type { Diagnostic, QueryLanguage, Severity, StateType } from '../types';
import type { SourceMap } from '../parse/source-map';
import { VALIDATION_RULES, type ValidationRule } from '../asl/rules';

export type Path = (string | number)[];
export type Obj = Record<string, unknown>;

export interface ValidateOptions {
  type?: 'STANDARD' | 'EXPRESS';
  sourceMap?: SourceMap;
}

const ZERO = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** Collects diagnostics; locates each one in the source text when a source map is given. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  readonly type: 'STANDARD' | 'EXPRESS';
  private readonly sourceMap: SourceMap | undefined;
  /** Variables read somewhere (`$name` in a path or expression), for the undefined-variable rule. */
  readonly variableReads: { name: string; path: Path }[] = [];
  /** Variables some Assign writes. */
  readonly variableWrites = new Set<string>();
  /** Every state name seen so far, with where: names are unique across the whole definition. */
  readonly stateNames = new Map<string, Path>();

  constructor(options: ValidateOptions) {
    this.type = options.type ?? 'STANDARD';
    this.sourceMap = options.sourceMap;
  }

  /** The rule reporting through this reporter (see `as`). */
  readonly rule: ValidationRule = VALIDATION_RULES.definition;

  /**
   * This reporter as seen by one rule: the same diagnostics and bookkeeping, with every diagnostic tagged
   * with that rule's code. A view delegates to the reporter it was made from, so nothing is copied.
   */
  as(rule: keyof typeof VALIDATION_RULES): Reporter {
    const view = Object.create(this) as { rule: ValidationRule };
    view.rule = VALIDATION_RULES[rule];
    return view as unknown as Reporter;
  }

  report(severity: Severity, code: string, path: Path, message: string, onKey = false): void {
    const range = this.sourceMap ? this.sourceMap.closestRange(path, onKey) : ZERO;
    this.diagnostics.push({ severity, code, rule: this.rule, message, path: [...path], range });
  }

  error(path: Path, message: string, code = 'SCHEMA_VALIDATION_FAILED', onKey = false): void {
    this.report('error', code, path, message, onKey);
  }

  readVariable(name: string, path: Path): void {
    this.variableReads.push({ name, path: [...path] });
  }

  warn(path: Path, message: string, code: string, onKey = false): void {
    this.report('warning', code, path, message, onKey);
  }
}

/** One state machine: the root, a Parallel branch, or a Map's ItemProcessor/Iterator. */
export interface MachineScope {
  path: Path;
  machine: Obj;
  kind: 'root' | 'branch' | 'processor';
  /** The language every state inherits unless it sets its own: the root's QueryLanguage. */
  topLanguage: QueryLanguage;
  /** Names of the states of this machine (those that are objects or not). */
  stateNames: string[];
  /** How the states of this machine run: the definition's type, or a Distributed Map's ExecutionType. */
  executionType: 'STANDARD' | 'EXPRESS';
}

export interface StateScope {
  name: string;
  state: Obj;
  path: Path;
  type: StateType;
  language: QueryLanguage;
  machine: MachineScope;
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A JSON-pointer-like location, as AWS prints it: /States/Check/Choices/0. */
export function pointer(path: Path): string {
  return path.length === 0 ? '/' : '/' + path.join('/');
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  if (typeof v === 'string') return 'a string';
  return `a ${typeof v}`;
}

export function has(o: Obj, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}
