// Types for the generated synchronous jsonata build (see scripts/gen-jsonata-sync.mjs). Same API as the
// `jsonata` package, except that evaluate() returns the value instead of a Promise.

export interface JsonataOptions {
  recover?: boolean;
  timeout?: number;
  stack?: number;
  sequence?: number;
}

export interface JsonataNode {
  type: string;
  value?: unknown;
  position?: number;
  [key: string]: unknown;
}

/** What jsonata throws: a plain object, not an Error. */
export interface JsonataError {
  code: string;
  message?: string;
  position?: number;
  token?: string;
  value?: unknown;
}

export interface JsonataFocus {
  readonly environment: { lookup(name: string): unknown; timestamp: Date };
  readonly input: unknown;
}

export interface SyncExpression {
  evaluate(input: unknown, bindings?: Record<string, unknown>): unknown;
  assign(name: string, value: unknown): void;
  registerFunction(name: string, implementation: (this: JsonataFocus, ...args: never[]) => unknown, signature?: string): void;
  ast(): JsonataNode;
  errors(): unknown[] | undefined;
}

declare function jsonata(expression: string, options?: JsonataOptions): SyncExpression;
export default jsonata;
