// Choice states: the shape of every rule. JSONPath rules hold a Variable and exactly one comparison
// operator, or exactly one of And / Or / Not; JSONata rules hold a Condition. Only top-level rules have
// Next (and Assign); nested rules inside And/Or/Not do not.
import { has, isObj, typeName, type Path, type Reporter, type StateScope } from '../context';
import { at, checkJsonataString, expectArray, expectPath } from '../checks';
import { looksLikeExpression } from '../syntax';
import { didYouMean } from '../suggest';
import { checkAssign } from './assign';
import { checkTemplate } from './templates';
import { isRfc3339 } from './timestamp';
import { hasOwnKey } from '../../own';
import { CHOICE_COMBINATORS, CHOICE_OPERATORS } from '../../asl/fields';

const OPERATORS = CHOICE_OPERATORS;
const COMBINATORS = CHOICE_COMBINATORS;

export function checkChoice(reporter: Reporter, s: StateScope): void {
  const r = reporter.as('choice');
  const choices = s.state.Choices;
  const a = at(r, [...s.path, 'Choices'], `Field 'Choices' of Choice state '${s.name}'`, s.language);
  if (has(s.state, 'Choices') && expectArray(a, choices, { nonEmpty: true })) {
    choices.forEach((rule, i) => checkRule(r, s, rule, [...s.path, 'Choices', i], true, 0));
  }
}

function checkRule(r: Reporter, s: StateScope, rule: unknown, path: Path, top: boolean, depth: number): void {
  const where = `A Choice rule of state '${s.name}'`;
  if (!isObj(rule)) {
    r.error(path, `${where} must be a JSON object, not ${typeName(rule)}`);
    return;
  }
  if (depth > 50) return;
  const allowed = s.language === 'JSONata'
    ? ['Condition', 'Comment', ...(top ? ['Next', 'Assign', 'Output'] : [])]
    : ['Variable', 'Comment', ...Object.keys(OPERATORS), ...COMBINATORS, ...(top ? ['Next', 'Assign'] : [])];
  for (const key of Object.keys(rule)) {
    if (allowed.includes(key)) continue;
    let hint = didYouMean(key, allowed);
    if (!top && (key === 'Next' || key === 'Assign')) hint = ` Only top-level rules in Choices have '${key}'; rules inside And/Or/Not are conditions only.`;
    else if (s.language === 'JSONata' && (key === 'Variable' || key in OPERATORS || COMBINATORS.includes(key))) {
      hint = ` State '${s.name}' uses JSONata: write the test as "Condition": "{% ... %}" (e.g. {% $states.input.x > 1 %}).`;
    } else if (s.language === 'JSONPath' && key === 'Condition') hint = ` 'Condition' is JSONata; set "QueryLanguage": "JSONata" on the state or use Variable with a comparison operator.`;
    r.error([...path, key], `Field '${key}' is not supported in ${where}.${hint}`, 'SCHEMA_VALIDATION_FAILED', true);
  }
  if (top && !has(rule, 'Next')) r.error(path, `${where} has no 'Next': every rule in Choices names the state to go to when it matches`);
  if (top && has(rule, 'Assign')) checkAssign(r, [...path, 'Assign'], rule.Assign, s.language, `${where}`);

  if (s.language === 'JSONata') {
    if (!has(rule, 'Condition')) {
      r.error(path, `${where} has no 'Condition': a JSONata Choice rule needs "Condition": "{% <boolean expression> %}"`);
      return;
    }
    const c = rule.Condition;
    const ca = at(r, [...path, 'Condition'], `The Condition of ${where}`, 'JSONata');
    if (typeof c === 'string' && looksLikeExpression(c)) checkJsonataString(ca, c);
    else if (typeof c !== 'boolean') r.error(ca.path, `${ca.where} must be a {% ... %} expression or a boolean, not ${typeName(c)}`);
    if (top && has(rule, 'Output')) {
      const o = rule.Output;
      if (typeof o === 'string' && looksLikeExpression(o)) checkJsonataString(at(r, [...path, 'Output'], `The Output of ${where}`, 'JSONata'), o);
      else checkTemplate(r, [...path, 'Output'], o, 'JSONata', `the Output of ${where}`);
    }
    return;
  }

  const ops = Object.keys(rule).filter((k) => hasOwnKey(OPERATORS, k) || COMBINATORS.includes(k));
  if (ops.length === 0) {
    r.error(path, `${where} has no comparison: add one operator such as StringEquals, NumericGreaterThan, IsPresent, or combine rules with And/Or/Not`);
    return;
  }
  if (ops.length > 1) {
    r.error([...path, ops[1]!], `${where} has more than one comparison (${ops.join(', ')}); a rule holds exactly one. Combine several with "And": [...] or "Or": [...]`, 'SCHEMA_VALIDATION_FAILED', true);
    return;
  }
  const op = ops[0]!;
  const v = rule[op];
  const opPath = [...path, op];
  if (COMBINATORS.includes(op)) {
    if (has(rule, 'Variable')) r.error([...path, 'Variable'], `${where} uses ${op}, so it takes no 'Variable': the rules inside it name their own`, 'SCHEMA_VALIDATION_FAILED', true);
    if (op === 'Not') {
      if (!isObj(v)) r.error(opPath, `'Not' in ${where} must be a single rule object, not ${typeName(v)}`);
      else checkRule(r, s, v, opPath, false, depth + 1);
    } else if (expectArray(at(r, opPath, `'${op}' in ${where}`, 'JSONPath'), v, { nonEmpty: true })) {
      v.forEach((sub, i) => checkRule(r, s, sub, [...opPath, i], false, depth + 1));
    }
    return;
  }
  if (!has(rule, 'Variable')) r.error(path, `${where} uses ${op} but has no 'Variable' naming the value to compare (e.g. "Variable": "$.status")`);
  else expectPath(at(r, [...path, 'Variable'], `The Variable of ${where}`, 'JSONPath'), rule.Variable, 'path');
  const kind = OPERATORS[op]!;
  const oa = at(r, opPath, `'${op}' in ${where}`, 'JSONPath');
  switch (kind) {
    case 'path':
      expectPath(oa, v, 'path');
      return;
    case 'string':
      if (typeof v !== 'string') r.error(opPath, `${oa.where} must be a string, not ${typeName(v)}`);
      else if (op !== 'StringMatches' && (v.startsWith('$.') || v.startsWith('$$.'))) {
        r.warn(opPath, `${oa.where} compares with the literal text '${v}'. To compare with the value at that path, use '${op}Path'.`, 'NO_PATH', true);
      }
      return;
    case 'number':
      if (typeof v !== 'number') {
        r.error(opPath, `${oa.where} must be a number, not ${typeName(v)}${typeof v === 'string' && v.startsWith('$') ? ` (to compare with a path, use '${op}Path')` : ''}`);
      }
      return;
    case 'boolean':
    case 'type':
      if (typeof v !== 'boolean') r.error(opPath, `${oa.where} must be true or false, not ${typeName(v)}`);
      return;
    case 'timestamp':
      if (typeof v !== 'string' || !isRfc3339(v)) {
        r.error(opPath, `${oa.where} must be an RFC3339 timestamp string such as "2024-01-01T00:00:00Z"${typeof v === 'string' && v.startsWith('$') ? ` (to compare with a path, use '${op}Path')` : ''}`);
      }
  }
}
