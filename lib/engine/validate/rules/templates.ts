// Payload templates: Parameters, ResultSelector, ItemSelector, Assign, Arguments, Output and the
// Parameters of ItemReader/ResultWriter. In JSONPath a key ending in '.$' takes a path or an intrinsic call;
// in JSONata any string written {% ... %} is an expression.
import { type Path, type Reporter } from '../context';
import { checkJsonataString, expectPath, type At } from '../checks';
import { isIntrinsicText, looksLikeExpression } from '../syntax';
import type { QueryLanguage } from '../../types';

export function checkTemplate(reporter: Reporter, path: Path, value: unknown, language: QueryLanguage, where: string): void {
  const r = reporter.as('templates');
  if (language === 'JSONata') walkJsonata(r, path, value, where, 0);
  else walkJsonPath(r, path, value, where, 0);
}

function walkJsonPath(r: Reporter, path: Path, value: unknown, where: string, depth: number): void {
  if (depth > 200) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkJsonPath(r, [...path, i], v, where, depth + 1));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, v] of Object.entries(value)) {
    const p = [...path, key];
    if (key.endsWith('.$')) {
      const a: At = { r, path: p, where: `'${key}' in ${where}`, language: 'JSONPath' };
      if (typeof v !== 'string') {
        r.error(p, `The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call: a key ending in '.$' takes a string, not ${Array.isArray(v) ? 'an array' : typeof v}`);
        continue;
      }
      const before = r.diagnostics.length;
      expectPath(a, v, 'path', { intrinsic: true });
      const added = r.diagnostics[before];
      if (added) {
        // AWS's own wording first, then the detail of what is wrong.
        added.message = `The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call. ${added.message}`;
      }
    } else {
      if (typeof v === 'string' && (v.startsWith('$.') || v.startsWith('$$.') || isIntrinsicText(v))) {
        r.warn(p, `'${key}' in ${where} looks like ${isIntrinsicText(v) ? 'an intrinsic function call' : 'a JSONPath'} but is taken literally because the key does not end in '.$'. Rename the key to '${key}.$' to evaluate it.`, 'NO_DOLLAR', true);
      }
      walkJsonPath(r, p, v, where, depth + 1);
    }
  }
}

function walkJsonata(r: Reporter, path: Path, value: unknown, where: string, depth: number): void {
  if (depth > 200) return;
  if (typeof value === 'string') {
    if (looksLikeExpression(value)) checkJsonataString({ r, path, where, language: 'JSONata' }, value);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkJsonata(r, [...path, i], v, where, depth + 1));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, v] of Object.entries(value)) {
    if (key.endsWith('.$')) {
      // AWS accepts the key and keeps it (and its value) literally, which is rarely what the author meant.
      r.warn([...path, key], `'${key}' in ${where} is taken literally: '.$' keys are JSONPath syntax and mean nothing in a JSONata state. To compute the value, write it as a {% ... %} expression under the key '${key.slice(0, -2)}'`, 'NO_DOLLAR', true);
    }
    walkJsonata(r, [...path, key], v, where, depth + 1);
  }
}
