// Which strings are JSONata. In a JSONata state a string value is an expression only when it is exactly
// `{% ... %}`: the recorded executions keep " {% states.input %} " (leading/trailing space) as a literal.

export function isJsonataString(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= 4 &&
    value.charCodeAt(0) === 123 /* { */ &&
    value.charCodeAt(1) === 37 /* % */ &&
    value.charCodeAt(value.length - 2) === 37 &&
    value.charCodeAt(value.length - 1) === 125 /* } */
  );
}

/** The expression between the delimiters, trimmed, as AWS quotes it in causes: '{% $x %}' -> '$x'. */
export function expressionBody(source: string): string {
  return source.slice(2, -2).trim();
}

/** True when a template (object/array/string) holds a `{% %}` string anywhere. */
export function containsJsonata(template: unknown): boolean {
  if (typeof template === 'string') return isJsonataString(template);
  if (Array.isArray(template)) return template.some(containsJsonata);
  if (template !== null && typeof template === 'object') {
    for (const key in template) if (containsJsonata((template as Record<string, unknown>)[key])) return true;
  }
  return false;
}
