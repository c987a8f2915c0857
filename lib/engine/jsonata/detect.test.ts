import { describe, expect, it } from 'vitest';
import { containsJsonata, expressionBody, isJsonataString } from './detect';

describe('isJsonataString', () => {
  it('accepts exactly {% ... %}', () => {
    expect(isJsonataString('{% $states.input %}')).toBe(true);
    expect(isJsonataString('{%1%}')).toBe(true);
  });
  it('keeps strings with surrounding spaces, partial delimiters and non-strings literal', () => {
    // Recorded on AWS: " {% states.input %} " comes out unchanged.
    expect(isJsonataString(' {% states.input %} ')).toBe(false);
    expect(isJsonataString('{% $x')).toBe(false);
    expect(isJsonataString('$x %}')).toBe(false);
    expect(isJsonataString('{%}')).toBe(false);
    expect(isJsonataString(42)).toBe(false);
    expect(isJsonataString(null)).toBe(false);
  });
});

describe('expressionBody', () => {
  it('strips the delimiters and trims, as AWS quotes expressions in causes', () => {
    expect(expressionBody("{% 'string' %}")).toBe("'string'");
    expect(expressionBody('{%$x%}')).toBe('$x');
  });
});

describe('containsJsonata', () => {
  it('finds expressions at any depth', () => {
    expect(containsJsonata({ a: [1, { b: '{% 1 %}' }] })).toBe(true);
    expect(containsJsonata({ a: [1, { b: '$.x', 'c.$': '$' }] })).toBe(false);
  });
});
