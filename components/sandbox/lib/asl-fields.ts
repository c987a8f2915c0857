// Which fields each part of an Amazon States Language definition accepts, for editor completion. The
// tables are the engine's (lib/engine/asl), the ones its validator reads: what completion offers is what
// validation accepts.

import {
  CHOICE_COMBINATORS,
  CHOICE_OPERATORS,
  MACHINE_FIELDS,
  PROCESSOR_CONFIG_FIELDS,
  RETRIER_FIELDS,
  STATE_FIELDS,
  STATE_TYPES,
  catcherFieldsFor,
  stateFieldsFor,
} from '@/lib/engine/asl';
import type { QueryLanguage, StateType } from '@/lib/engine/types';

export { STATE_TYPES };

const union = (...lists: string[][]) => [...new Set(lists.flat())];

/** Fields that name a state, whose values complete to state names. */
export const STATE_REFERENCE_FIELDS = new Set(['Next', 'Default', 'StartAt']);

const isStateType = (t: string | undefined): t is StateType => t !== undefined && Object.hasOwn(STATE_FIELDS, t);

/**
 * Field names for the object at `path` (keys from the root), given its own `Type` when it is a state and the
 * query language when it is known (both languages' fields otherwise).
 * ['States','X'] is a state; [..., 'Retry', n] a retrier; [..., 'Choices', n] a choice rule, and so on.
 */
export function fieldsForObject(path: readonly (string | number)[], ownType?: string, language?: QueryLanguage): string[] {
  if (path.length === 0) return MACHINE_FIELDS.root;
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const languages: QueryLanguage[] = language ? [language] : ['JSONPath', 'JSONata'];
  if (parent === 'States' && typeof last === 'string') {
    const types = isStateType(ownType) ? [ownType] : STATE_TYPES;
    return union(...types.flatMap((t) => languages.map((l) => stateFieldsFor(t, l))));
  }
  if (typeof last === 'number' && parent === 'Retry') return RETRIER_FIELDS;
  if (typeof last === 'number' && parent === 'Catch') return union(...languages.map(catcherFieldsFor));
  const isRule = (typeof last === 'number' && (parent === 'Choices' || parent === 'And' || parent === 'Or')) || last === 'Not';
  if (isRule) {
    const jsonPath = ['Variable', 'Next', 'Assign', 'Comment', ...CHOICE_COMBINATORS, ...Object.keys(CHOICE_OPERATORS)];
    const jsonata = ['Condition', 'Next', 'Assign', 'Output', 'Comment'];
    return union(...languages.map((l) => (l === 'JSONata' ? jsonata : jsonPath)));
  }
  if (typeof last === 'number' && parent === 'Branches') return MACHINE_FIELDS.branch;
  if (last === 'ItemProcessor' || last === 'Iterator') return MACHINE_FIELDS.processor;
  if (last === 'ProcessorConfig') return PROCESSOR_CONFIG_FIELDS;
  return [];
}
