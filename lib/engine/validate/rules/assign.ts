// Assign: workflow variables, allowed in states (not Succeed/Fail), Choice rules and Catchers, in both
// query languages. Keys are variable names (with a '.$' suffix for JSONPath values); values are templates.
import type { QueryLanguage } from '../../types';
import { isObj, type Path, type Reporter } from '../context';
import { isVariableName } from '../syntax';
import { checkTemplate } from './templates';

export function checkAssign(reporter: Reporter, path: Path, value: unknown, language: QueryLanguage, where: string): void {
  const r = reporter.as('assign');
  if (!isObj(value)) {
    r.error(path, `Assign in ${where} must be a JSON object of variable names to values`);
    return;
  }
  for (const key of Object.keys(value)) {
    const name = language === 'JSONPath' && key.endsWith('.$') ? key.slice(0, -2) : key;
    if (!isVariableName(name)) {
      r.error([...path, key], `'${key}' in the Assign of ${where} is not a valid variable name: a name starts with a letter or '_' and continues with letters, digits or '_'`, 'SCHEMA_VALIDATION_FAILED', true);
    } else if (name === 'states') {
      r.error([...path, key], `'states' in the Assign of ${where} is reserved: $states holds the state's input, result and context`, 'SCHEMA_VALIDATION_FAILED', true);
    } else {
      r.variableWrites.add(name);
    }
  }
  checkTemplate(r, path, value, language, `the Assign of ${where}`);
}
