// The compiled form of an AWS JSONPath. AWS runs Jayway JsonPath, so the shapes here follow what Jayway
// accepts: dot and bracket members, indexes, unions, slices, wildcards, deep scan and filter expressions.

import type { JsonValue } from '../types';

export type Segment =
  | { kind: 'member'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'members'; names: string[] }
  | { kind: 'indexes'; indexes: number[] }
  | { kind: 'wildcard' }
  | { kind: 'slice'; start: number | null; end: number | null; step: number }
  | { kind: 'scan'; then: Segment }
  | { kind: 'filter'; test: FilterExpr };

export type FilterExpr =
  | { kind: 'and'; left: FilterExpr; right: FilterExpr }
  | { kind: 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; operand: FilterExpr }
  | { kind: 'compare'; op: CompareOp; left: FilterOperand; right: FilterOperand }
  | { kind: 'exists'; operand: FilterOperand };

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~' | 'in' | 'nin';

export type FilterOperand =
  | { kind: 'literal'; value: JsonValue }
  | { kind: 'regex'; regex: RegExp }
  | { kind: 'path'; root: '@' | '$'; segments: Segment[] };

export interface CompiledPath {
  source: string;
  /** `$` (input/data root) or `$$` (context object); the caller chooses the data either way. */
  root: '$' | '$$';
  segments: Segment[];
  /** True when the path names at most one value (no wildcard, slice, union, scan or filter). */
  definite: boolean;
  /** True when the path is only members and non-negative indexes: what ResultPath accepts. */
  reference: boolean;
}
