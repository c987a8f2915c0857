import { describe, expect, it } from 'vitest';
import { errors, errorText, machine, warnings } from '../test-util';

const pass = (extra: Record<string, unknown>, top: Record<string, unknown> = {}) => machine({ Type: 'Pass', Next: 'Done', ...extra }, top);

describe('JSONPath data flow fields', () => {
  it('accepts paths, null, context and variable paths', () => {
    expect(errors(pass({ InputPath: '$.a', OutputPath: null, ResultPath: null }))).toEqual([]);
    expect(errors(pass({ InputPath: '$$.Execution.Input', ResultPath: '$.a.b[0]' }))).toEqual([]);
    expect(errors(pass({ Parameters: { 'x.$': '$v.field' }, Assign: { v: { field: 1 } } }))).toEqual([]);
  });

  it('rejects invalid JSONPath syntax and non-reference ResultPath', () => {
    expect(errorText(pass({ InputPath: 'a.b' }))).toMatch(/'InputPath' of state 'S': 'a.b' is not a JSONPath: a path starts with '\$'/);
    expect(errorText(pass({ OutputPath: '$.a[' }))).toMatch(/Invalid JSONPath/);
    expect(errorText(pass({ ResultPath: '$..a' }))).toMatch(/must be a reference path/);
    expect(errorText(pass({ InputPath: 3 }))).toMatch(/must be a JSONPath string or null, not an integer/);
  });

  it('checks .$ keys in Parameters with AWS wording', () => {
    const d = errors(pass({ Parameters: { nested: { 'p.$': 'States.Format(' } } }));
    expect(d[0]!.path).toEqual(['States', 'S', 'Parameters', 'nested', 'p.$']);
    expect(d[0]!.message).toMatch(/^The value for the field 'p.\$' must be a valid JSONPath or a valid intrinsic function call[.:] /);
    expect(d[0]!.path).toEqual(['States', 'S', 'Parameters', 'nested', 'p.$']);
    expect(errorText(pass({ Parameters: { 'p.$': 5 } }))).toMatch(/a key ending in '\.\$' takes a string/);
    expect(errorText(pass({ Parameters: { 'p.$': 'input' } }))).toMatch(/not a JSONPath/);
    expect(errors(pass({ Parameters: { 'p.$': "States.Format('{} and {}', $.a, $$.State.Name)", list: [{ 'q.$': '$[0]' }] } }))).toEqual([]);
    expect(errorText(pass({ Parameters: { 'p.$': 'States.Foo(1)' } }))).toMatch(/Unknown intrinsic function 'States.Foo'/);
    expect(errorText(pass({ Parameters: { 'p.$': 'States.MathAdd(1)' } }))).toMatch(/States.MathAdd takes exactly 2 arguments/);
    expect(errorText(pass({ Parameters: { 'p.$': String.raw`States.Format('say \"hi\"')` } }))).toMatch(/invalid escape sequence/);
  });

  it('checks ResultSelector shape', () => {
    const task = (rs: unknown) => machine({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ResultSelector: rs, Next: 'Done' });
    expect(errors(task({ 'body.$': '$.Payload' }))).toEqual([]);
    expect(errorText(task('$.Payload'))).toMatch(/ResultSelector.*must be a JSON object/);
  });

  it('warns about path-looking values without .$ (NO_DOLLAR) and static Result (PASS_RESULT_IS_STATIC)', () => {
    expect(warnings(pass({ Parameters: { p: '$.a' } })).map((w) => w.code)).toEqual(['NO_DOLLAR']);
    expect(warnings(pass({ Result: { 'p.$': '$.a' } })).map((w) => w.code)).toEqual(['PASS_RESULT_IS_STATIC']);
  });
});

describe('JSONata data flow fields', () => {
  const jpass = (extra: Record<string, unknown>) => pass(extra, { QueryLanguage: 'JSONata' });
  it('accepts Output and Arguments with expressions anywhere', () => {
    expect(errors(jpass({ Output: { a: '{% $states.input.a %}', list: ['{% 1 + 1 %}', 'plain'] } }))).toEqual([]);
    expect(errors(jpass({ Output: '{% $states.input %}' }))).toEqual([]);
    const task = machine({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: 'f', Payload: '{% $states.input %}' }, Next: 'Done' }, { QueryLanguage: 'JSONata' });
    expect(errors(task)).toEqual([]);
  });

  it('reports JSONata syntax errors and unterminated expressions where they are', () => {
    const d = errors(jpass({ Output: { a: { b: '{% $states.input.( %}' } } }));
    expect(d[0]!.path).toEqual(['States', 'S', 'Output', 'a', 'b']);
    expect(d[0]!.message).toMatch(/invalid JSONata expression/);
    expect(errorText(jpass({ Output: '{% $states.input' }))).toMatch(/does not end it with '%}'/);
    expect(errorText(jpass({ Output: '{%  %}' }))).toMatch(/empty/);
  });

  it('rejects each JSONPath field in a JSONata state, with the replacement', () => {
    expect(errorText(jpass({ InputPath: '$.a' }))).toMatch(/'InputPath' belongs to the JSONPath query language, but state 'S' uses JSONata/);
    expect(errorText(jpass({ Parameters: {} }))).toMatch(/'Parameters'.*'Arguments'/);
    expect(errorText(jpass({ ResultPath: '$.a' }))).toMatch(/'ResultPath'.*'Output'/);
    expect(errorText(jpass({ OutputPath: '$.a' }))).toMatch(/'OutputPath'/);
    expect(errorText(jpass({ Result: 1 }))).toMatch(/'Result'/);
  });

  it('rejects JSONata fields in a JSONPath state', () => {
    expect(errorText(pass({ Output: {} }))).toMatch(/'Output' belongs to the JSONata query language.*Set "QueryLanguage": "JSONata"/);
    const task = machine({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: {}, Next: 'Done' });
    expect(errorText(task)).toMatch(/'Arguments' belongs to the JSONata query language/);
  });

  it('rejects a plain-string Arguments', () => {
    const task = machine({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: 'x', Next: 'Done' }, { QueryLanguage: 'JSONata' });
    expect(errorText(task)).toMatch(/'Arguments'.*must be a JSON object or a \{% \.\.\. %\} expression/);
  });
});
