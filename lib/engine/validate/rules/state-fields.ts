// Which fields each state type accepts, and in which query language. Unknown fields, fields of the other
// language and missing required fields are reported here; the per-type rule files check the values.
import type { StateType } from '../../types';
import { REQUIRED_STATE_FIELDS, STATE_FIELDS } from '../../asl/fields';
import { has, type Reporter, type StateScope } from '../context';
import { didYouMean } from '../suggest';
import { own } from '../../own';

export { STATE_FIELDS, STATE_TYPES } from '../../asl/fields';

/** What a JSONata author uses instead of a JSONPath-only field, for the hint in the message. */
const JSONATA_INSTEAD: Record<string, string> = {
  InputPath: "'Arguments' or 'Output' with {% $states.input... %}",
  Parameters: "'Arguments' (or 'Output' in a Pass state)",
  ResultSelector: "'Output' with {% $states.result... %}",
  ResultPath: "'Output' (or 'Assign' to keep values in variables)",
  OutputPath: "'Output'",
  Result: "'Output'",
  ItemsPath: "'Items'",
};

export function checkStateFields(reporter: Reporter, s: StateScope): void {
  const r = reporter.as('state-fields');
  const allowed = STATE_FIELDS[s.type];
  for (const key of Object.keys(s.state)) {
    const lang = own(allowed, key);
    const path = [...s.path, key];
    if (lang === undefined) {
      const why = flowHint(s.type, key);
      r.error(path, `Field '${key}' is not supported by ${s.type} states (state '${s.name}').${why || didYouMean(key, Object.keys(allowed))}`, 'SCHEMA_VALIDATION_FAILED', true);
    } else if (lang !== 'both' && lang !== s.language) {
      const instead = s.type === 'Map' && key === 'Parameters' ? "'ItemSelector'" : own(JSONATA_INSTEAD, key);
      const hint = s.language === 'JSONata' ? (instead ? ` Use ${instead} instead.` : ` Use a {% %} expression in the plain field (e.g. '${key.replace(/Path$/, '')}') instead.`) : ` Set "QueryLanguage": "JSONata" on the state to use it, or use the JSONPath fields (InputPath, Parameters, ResultSelector, ResultPath, OutputPath).`;
      r.error(path, `Field '${key}' belongs to the ${lang} query language, but state '${s.name}' uses ${s.language}.${hint}`, 'SCHEMA_VALIDATION_FAILED', true);
    }
  }
  for (const group of REQUIRED_STATE_FIELDS[s.type] ?? []) {
    if (!group.some((f) => has(s.state, f))) {
      const names = group.map((f) => `'${f}'`).join(' or ');
      r.error(s.path, `${s.type} state '${s.name}' is missing the required field ${names}`);
    }
  }
}

function flowHint(type: StateType, key: string): string {
  if ((key === 'Next' || key === 'End') && type === 'Choice') return ' A Choice state routes with Choices and Default instead.';
  if ((key === 'Next' || key === 'End') && (type === 'Succeed' || type === 'Fail')) return ` A ${type} state always ends the execution (or branch).`;
  if (key === 'Assign' && (type === 'Succeed' || type === 'Fail')) return ` A ${type} state ends the execution, so there is nothing left to read the variables.`;
  return '';
}
