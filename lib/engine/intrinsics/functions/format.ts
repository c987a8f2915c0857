import type { JsonValue } from '../../types';
import { intrinsicFailure, type IntrinsicFunction } from '../function';

const NAME = 'States.Format';

/**
 * How AWS renders a non-string argument inside States.Format: objects as {k=v, ...} and arrays as
 * [a, b] (Java's Map/List toString), other values as JSON. Strings are inserted as they are.
 */
export function formatArgument(v: JsonValue): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `[${v.map(formatArgument).join(', ')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .map((k) => `${k}=${formatArgument(v[k]!)}`)
      .join(', ')}}`;
  return JSON.stringify(v);
}

/**
 * Fills each {} of a template with the next value. With `escapes` (a template written as a literal) the
 * backslash escapes \{ \} \' \\ stand for the character itself, so '\{}' is a literal "{}".
 */
export function fillTemplate(template: string, values: JsonValue[], escapes = false): string {
  let out = '';
  let next = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (escapes && c === '\\' && i + 1 < template.length) {
      out += template[++i];
      continue;
    }
    if (c === '{' && template[i + 1] === '}') {
      if (next >= values.length)
        intrinsicFailure(NAME, `the template has more {} placeholders than the ${values.length} value(s) given`);
      out += formatArgument(values[next++]!);
      i++;
      continue;
    }
    out += c;
  }
  if (next < values.length)
    intrinsicFailure(NAME, `the template has ${next} {} placeholder(s) but ${values.length} value(s) were given`);
  return out;
}

export const format: IntrinsicFunction = {
  name: NAME,
  minArgs: 1,
  maxArgs: Infinity,
  apply(args, _env, parsed) {
    const first = parsed[0]!;
    const literal = first.kind === 'literal' && first.raw !== undefined;
    const template = literal ? first.raw : args[0];
    if (typeof template !== 'string') intrinsicFailure(NAME, 'the first argument (the template) must be a string');
    return fillTemplate(template, args.slice(1), literal);
  },
};
