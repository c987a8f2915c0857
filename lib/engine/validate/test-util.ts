// Helpers for the validator's tests: build small machines and pick out diagnostics.
import type { Diagnostic } from '../types';
import { validateDefinition } from './index';

export type Def = Record<string, unknown>;

/** A machine whose first state is `state` (named 'S'), followed by an 'Done' Succeed state when it needs one. */
export function machine(state: Def, extra: Def = {}, more: Record<string, Def> = {}): Def {
  return { StartAt: 'S', States: { S: state, Done: { Type: 'Succeed' }, ...more }, ...extra };
}

export function errors(def: unknown, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): Diagnostic[] {
  return validateDefinition(def, { type }).filter((d) => d.severity === 'error');
}

export function warnings(def: unknown): Diagnostic[] {
  return validateDefinition(def).filter((d) => d.severity === 'warning');
}

/** Messages of the errors, joined, for readable `toMatch` assertions. */
export function errorText(def: unknown, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): string {
  return errors(def, type).map((d) => `${d.code}@${JSON.stringify(d.path)}: ${d.message}`).join('\n');
}
