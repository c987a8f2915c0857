// Validates an Amazon States Language definition: every problem at once, each a Diagnostic with a path and,
// when a source map is given, a range in the text. Never throws.
import type { Diagnostic, QueryLanguage } from '../types';
import { isObj, Reporter, typeName, type ValidateOptions } from './context';
import { walkMachine } from './walk';
import { checkVariableReads } from './rules/variables';
import { checkVariableFlow } from './rules/variable-flow';

export type { ValidateOptions } from './context';

export function validateDefinition(definition: unknown, options: ValidateOptions = {}): Diagnostic[] {
  const r = new Reporter(options);
  try {
    if (!isObj(definition)) {
      r.error([], `Definition must be a valid JSON object, not ${typeName(definition)}`);
      return r.diagnostics;
    }
    const q = definition.QueryLanguage;
    const topLanguage: QueryLanguage = q === 'JSONata' ? 'JSONata' : 'JSONPath';
    const states = definition.States;
    walkMachine(r, {
      path: [],
      machine: definition,
      kind: 'root',
      topLanguage,
      stateNames: isObj(states) ? Object.keys(states) : [],
      executionType: r.type,
    });
    checkVariableReads(r);
    checkVariableFlow(r, definition);
  } catch (e) {
    // A rule bug must not take the editor down: report it as a diagnostic instead.
    r.error([], `Internal validator error: ${(e as Error).message}`, 'INTERNAL_ERROR');
  }
  return r.diagnostics;
}
