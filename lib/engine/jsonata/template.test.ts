import { describe, expect, it } from 'vitest';
import { evaluateTemplate } from './template';
import { failure, testEnv } from './test-env';

describe('evaluateTemplate', () => {
  it('evaluates {% %} strings at any depth and keeps everything else as written', () => {
    const template = {
      n: null,
      lit: 'constant',
      notExpr: ' {% states.input %} ',
      jsonPathLooking: '$.input_value',
      'dotDollar.$': '$',
      list: [1, '{% $states.input.a %}', { deep: '{% $v & "!" %}' }],
    };
    expect(evaluateTemplate(template, testEnv({ a: 'A' }, { v: 'hi' }), 'Output')).toEqual({
      n: null,
      lit: 'constant',
      notExpr: ' {% states.input %} ',
      jsonPathLooking: '$.input_value',
      'dotDollar.$': '$',
      list: [1, 'A', { deep: 'hi!' }],
    });
  });

  it('returns literal templates by identity (no copy per Map iteration)', () => {
    const template = { a: [1, 2], b: { c: 'x' } };
    expect(evaluateTemplate(template, testEnv(), 'Output')).toBe(template);
  });

  it('re-evaluates with each environment (the compiled template is cached)', () => {
    const template = { v: '{% $states.input %}' };
    expect(evaluateTemplate(template, testEnv(1), 'ItemSelector')).toEqual({ v: 1 });
    expect(evaluateTemplate(template, testEnv(2), 'ItemSelector')).toEqual({ v: 2 });
  });

  it('locates a failure at the key or index that failed', () => {
    expect(failure(() => evaluateTemplate({ result: '{% $doesNotExist %}' }, testEnv(), 'Output')).location).toBe('Output/result');
    expect(failure(() => evaluateTemplate({ a: { b: ['{% $nope %}'] } }, testEnv(), 'Arguments')).location).toBe('Arguments/a/b/0');
    expect(failure(() => evaluateTemplate('{% $nope %}', testEnv(), 'Output')).location).toBe('Output');
  });
});
