// Retry and Catch: arrays of retriers/catchers. Each has a non-empty ErrorEquals; 'States.ALL' must be the
// only name in its ErrorEquals and its retrier/catcher must come last, since nothing after it could match.
import { has, isObj, typeName, type Path, type Reporter, type StateScope } from '../context';
import { at, expectArray, expectEnum, expectInteger, expectNumber, expectPath, expectString } from '../checks';
import { didYouMean } from '../suggest';
import { checkAssign } from './assign';
import { checkTemplate } from './templates';
import { checkJsonataString } from '../checks';
import { looksLikeExpression } from '../syntax';
import { RUNTIME_ERROR_NAMES, STATES_ERRORS } from '../../asl/errors';
import { catcherFieldsFor, RETRIER_FIELDS } from '../../asl/fields';


const RETRIER = RETRIER_FIELDS;

export function checkRetryCatch(reporter: Reporter, s: StateScope): void {
  const r = reporter.as('retry-catch');
  for (const field of ['Retry', 'Catch'] as const) {
    if (!has(s.state, field)) continue;
    const list = s.state[field];
    if (!expectArray(at(r, [...s.path, field], `Field '${field}' of state '${s.name}'`, s.language), list)) continue;
    list.forEach((item, i) => {
      const path = [...s.path, field, i];
      const where = `${field === 'Retry' ? 'Retrier' : 'Catcher'} #${i} of state '${s.name}'`;
      if (!isObj(item)) {
        r.error(path, `${where} must be a JSON object, not ${typeName(item)}`);
        return;
      }
      const hasAll = checkErrorEquals(r, item.ErrorEquals, [...path, 'ErrorEquals'], where, has(item, 'ErrorEquals'));
      if (hasAll && i !== list.length - 1) {
        r.error([...path, 'ErrorEquals'], `${where} matches 'States.ALL' but is not the last in ${field}: the ${field === 'Retry' ? 'retriers' : 'catchers'} after it could never apply. Move it to the end`);
      }
      if (field === 'Retry') checkRetrier(r, item, path, where);
      else checkCatcher(r, s, item, path, where);
    });
  }
}

function checkErrorEquals(r: Reporter, v: unknown, path: Path, where: string, present: boolean): boolean {
  if (!present) {
    r.error(path.slice(0, -1), `${where} has no 'ErrorEquals': list the error names it handles, e.g. ["States.ALL"]`);
    return false;
  }
  if (!expectArray(at(r, path, `ErrorEquals of ${where}`, 'JSONPath'), v, { nonEmpty: true })) return false;
  let all = false;
  v.forEach((name, j) => {
    if (typeof name !== 'string') {
      r.error([...path, j], `ErrorEquals of ${where} must hold strings, not ${typeName(name)}`);
      return;
    }
    if (name === STATES_ERRORS.ALL) {
      all = true;
      if (v.length > 1) r.error([...path, j], `'States.ALL' must appear alone in ErrorEquals of ${where}: it already matches every error (except States.Runtime and States.DataLimitExceeded)`);
    } else if (name.startsWith('States.') && !RUNTIME_ERROR_NAMES.includes(name)) {
      r.warn([...path, j], `'${name}' in ErrorEquals of ${where} is not a predefined States error, so no runtime error will carry that name.${didYouMean(name, RUNTIME_ERROR_NAMES)}`, 'UNKNOWN_ERROR_NAME');
    }
  });
  return all;
}

function checkRetrier(r: Reporter, item: Record<string, unknown>, path: Path, where: string): void {
  for (const key of Object.keys(item)) {
    if (!RETRIER.includes(key)) r.error([...path, key], `Field '${key}' is not supported in ${where}.${didYouMean(key, RETRIER)}`, 'SCHEMA_VALIDATION_FAILED', true);
  }
  const f = (k: string) => at(r, [...path, k], `${k} of ${where}`, 'JSONPath');
  if (has(item, 'IntervalSeconds')) expectInteger(f('IntervalSeconds'), item.IntervalSeconds, 1, 99999999);
  if (has(item, 'MaxAttempts')) expectInteger(f('MaxAttempts'), item.MaxAttempts, 0, 99999999);
  if (has(item, 'BackoffRate')) expectNumber(f('BackoffRate'), item.BackoffRate, 1, 1e9);
  if (has(item, 'MaxDelaySeconds')) expectInteger(f('MaxDelaySeconds'), item.MaxDelaySeconds, 1, 31622400);
  if (has(item, 'JitterStrategy')) expectEnum(f('JitterStrategy'), item.JitterStrategy, ['FULL', 'NONE']);
  if (has(item, 'Comment')) expectString(f('Comment'), item.Comment);
}

function checkCatcher(r: Reporter, s: StateScope, item: Record<string, unknown>, path: Path, where: string): void {
  const allowed = catcherFieldsFor(s.language);
  for (const key of Object.keys(item)) {
    if (allowed.includes(key)) continue;
    const hint = key === 'ResultPath' ? ` Catchers of a JSONata state shape the error with 'Output' ({% $states.errorOutput %}).` : key === 'Output' ? ` 'Output' is JSONata; in a JSONPath state use 'ResultPath'.` : didYouMean(key, allowed);
    r.error([...path, key], `Field '${key}' is not supported in ${where}.${hint}`, 'SCHEMA_VALIDATION_FAILED', true);
  }
  if (!has(item, 'Next')) r.error(path, `${where} has no 'Next': a catcher names the state to go to when it catches an error`);
  const f = (k: string) => at(r, [...path, k], `${k} of ${where}`, s.language);
  if (has(item, 'Comment')) expectString(f('Comment'), item.Comment);
  if (has(item, 'ResultPath') && s.language === 'JSONPath') expectPath(f('ResultPath'), item.ResultPath, 'reference', { nullable: true });
  if (has(item, 'Output') && s.language === 'JSONata') {
    const v = item.Output;
    if (typeof v === 'string' && looksLikeExpression(v)) checkJsonataString(f('Output'), v);
    else checkTemplate(r, [...path, 'Output'], v, 'JSONata', `the Output of ${where}`);
  }
  if (has(item, 'Assign')) checkAssign(r, [...path, 'Assign'], item.Assign, s.language, where);
}
