import { describe, expect, it } from 'vitest';
import { parseDefinition, SourceMap } from './index';

const json = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Next": "Bee" },
    "B": { "Type": "Succeed" }
  }
}`;

const yaml = `StartAt: A
States:
  A:
    Type: Pass
    Next: Bee
  B:
    Type: Succeed
`;

describe('parseDefinition: JSON', () => {
  it('parses a valid definition with no diagnostics', () => {
    const r = parseDefinition('{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}');
    expect(r.diagnostics).toEqual([]);
    expect(r.definition?.StartAt).toBe('A');
    expect(r.format).toBe('json');
  });

  it('locates a bad Next on its value', () => {
    const r = parseDefinition(json);
    const d = r.diagnostics.find((x) => x.code === 'MISSING_TRANSITION_TARGET' && x.path.join('/') === 'States/A/Next')!;
    expect(d.range).toEqual({ start: { line: 4, column: 36 }, end: { line: 4, column: 41 } });
    expect(d.message).toMatch(/Did you mean 'B'\?/);
    // The unreachable state is reported on its key.
    const u = r.diagnostics.find((x) => x.path.join('/') === 'States/B')!;
    expect(u.range.start).toEqual({ line: 5, column: 5 });
  });

  it('reports syntax errors with their position and never throws', () => {
    const r = parseDefinition('{\n  "StartAt": "A"\n  "States": {}\n}');
    expect(r.definition).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.code).toBe('INVALID_JSON_DESCRIPTION');
    expect(r.diagnostics[0]!.message).toMatch(/Expected ',' or '}' after the value of "StartAt"/);
    expect(r.diagnostics[0]!.range.start).toEqual({ line: 3, column: 3 });
  });

  it('explains trailing commas, comments, single quotes and bad escapes', () => {
    expect(parseDefinition('{"a": 1,}').diagnostics[0]!.message).toMatch(/Trailing comma/);
    expect(parseDefinition('[1, 2,]').diagnostics[0]!.message).toMatch(/Trailing comma/);
    expect(parseDefinition('{"a": 1 // hi\n}').diagnostics[0]!.message).toMatch(/Comments are not allowed/);
    expect(parseDefinition('{"a" 1}').diagnostics[0]!.message).toMatch(/Expected ':' after property name "a"/);
    // Single-quoted keys are not JSON but are YAML flow style, so such text is read as YAML.
    expect(parseDefinition("{'a': 1}").format).toBe('yaml');
    expect(parseDefinition('{"a": [1 2]}').diagnostics[0]!.message).toMatch(/Expected ',' or ']'/);
    expect(parseDefinition('{"a": "\\q"}').diagnostics[0]!.message).toMatch(/Invalid escape sequence/);
    expect(parseDefinition('{"a": "x').diagnostics[0]!.message).toMatch(/Unterminated string/);
    expect(parseDefinition('{"a": 01}').diagnostics[0]!.message).toMatch(/Invalid number/);
    expect(parseDefinition('{"a": tru}').diagnostics[0]!.message).toMatch(/Unexpected token 'tru'/);
    expect(parseDefinition('{"a": 1} x').diagnostics[0]!.message).toMatch(/after the end of the JSON value/);
  });

  it('decodes strings and numbers exactly', () => {
    const r = parseDefinition('{"StartAt":"A\\u0042","States":{"A\\u0042":{"Type":"Wait","Seconds":1e1,"Comment":"tab\\there \\"q\\"","End":true}}}');
    expect(r.diagnostics).toEqual([]);
    expect(r.definition!.States.AB).toEqual({ Type: 'Wait', Seconds: 10, Comment: 'tab\there "q"', End: true });
  });

  it('reports duplicate state names and duplicate fields', () => {
    const r = parseDefinition('{"StartAt":"A","States":{"A":{"Type":"Succeed"},"A":{"Type":"Succeed","Type":"Fail"}}}');
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['DUPLICATE_STATE_NAME', 'SCHEMA_VALIDATION_FAILED']);
  });

  it('keeps a "__proto__" key as data', () => {
    const r = parseDefinition('{"StartAt":"A","States":{"A":{"Type":"Pass","Result":{"__proto__":{"x":1}},"End":true}}}');
    expect(r.diagnostics).toEqual([]);
    expect(Object.keys((r.definition!.States.A as unknown as { Result: object }).Result)).toEqual(['__proto__']);
  });

  it('rejects empty text and non-objects like AWS', () => {
    expect(parseDefinition(' ').diagnostics[0]).toMatchObject({ code: 'SCHEMA_VALIDATION_FAILED', message: expect.stringMatching(/Definition must be a valid JSON object/) });
    expect(parseDefinition('[1]').diagnostics[0]!.message).toMatch(/must be a JSON object.*an array/);
    expect(parseDefinition('not a definition').diagnostics[0]!.code).toBe('INVALID_JSON_DESCRIPTION');
  });

  it('passes the workflow type to the validator', () => {
    const text = '{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","End":true}}}';
    expect(parseDefinition(text).diagnostics).toEqual([]);
    expect(parseDefinition(text, { type: 'EXPRESS' }).diagnostics[0]!.message).toMatch(/Express state machine does not support/);
  });
});

describe('parseDefinition: YAML', () => {
  it('detects YAML and reports a bad Next on the right line and column', () => {
    const r = parseDefinition(yaml);
    expect(r.format).toBe('yaml');
    const d = r.diagnostics.find((x) => x.code === 'MISSING_TRANSITION_TARGET' && x.path.join('/') === 'States/A/Next')!;
    expect(d.range).toEqual({ start: { line: 5, column: 11 }, end: { line: 5, column: 14 } });
  });

  it('keeps YAML 1.2 values as JSON would (no implicit dates or yes/no booleans)', () => {
    const r = parseDefinition('StartAt: A\nStates:\n  A:\n    Type: Wait\n    Timestamp: 2024-01-01T00:00:00Z\n    Comment: yes\n    End: true\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.definition!.States.A).toMatchObject({ Timestamp: '2024-01-01T00:00:00Z', Comment: 'yes', End: true });
  });

  it('reports YAML syntax errors with a position', () => {
    const r = parseDefinition('StartAt: A\nStates:\n  A:\n    Type: Pass\n   End: true\n');
    expect(r.diagnostics[0]!.code).toBe('INVALID_JSON_DESCRIPTION');
    expect(r.diagnostics[0]!.message).toMatch(/^YAML syntax error/);
    expect(r.diagnostics[0]!.range.start.line).toBeGreaterThanOrEqual(4);
  });

  it('reports duplicate keys in YAML', () => {
    const r = parseDefinition('StartAt: A\nStates:\n  A:\n    Type: Succeed\n  A:\n    Type: Succeed\n');
    expect(r.diagnostics.map((d) => d.code)).toContain('DUPLICATE_STATE_NAME');
    expect(r.diagnostics.find((d) => d.code === 'DUPLICATE_STATE_NAME')!.range.start).toEqual({ line: 5, column: 3 });
  });

  it('accepts YAML flow style that is not JSON', () => {
    const r = parseDefinition('{StartAt: A, States: {A: {Type: Succeed}}}');
    expect(r.format).toBe('yaml');
    expect(r.diagnostics).toEqual([]);
  });
});

describe('diagnostic ranges', () => {
  it('points at the key of a state that misses a field, and at the start for root problems', () => {
    const r = parseDefinition('{\r\n  "States": {\r\n    "T": { "Type": "Task", "End": true }\r\n  }\r\n}');
    const missing = r.diagnostics.find((d) => d.message.includes("missing the required field 'Resource'"))!;
    expect(missing.range).toEqual({ start: { line: 3, column: 5 }, end: { line: 3, column: 8 } });
    const root = r.diagnostics.find((d) => d.message.startsWith('These fields are required'))!;
    expect(root.range).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 2 } });
  });
});

describe('SourceMap', () => {
  it('gives value, key and member ranges for any path', () => {
    const { sourceMap } = parseDefinition(json);
    expect(sourceMap!.rangeOf(['StartAt'])).toEqual({ start: { line: 2, column: 14 }, end: { line: 2, column: 17 } });
    expect(sourceMap!.keyRangeOf(['StartAt'])).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 12 } });
    // The end is exclusive: one past the closing brace at column 42.
    expect(sourceMap!.memberRangeOf(['States', 'A'])).toEqual({ start: { line: 4, column: 5 }, end: { line: 4, column: 43 } });
    expect(sourceMap!.rangeOf(['States', 'Nope'])).toBeUndefined();
  });

  it('maps a cursor position back to a path and to the state under it', () => {
    const { sourceMap } = parseDefinition(json);
    expect(sourceMap!.pathAt(4, 38)).toEqual(['States', 'A', 'Next']);
    expect(sourceMap!.statePathAt(4, 38)).toEqual(['States', 'A']);
    expect(sourceMap!.statePathAt(2, 5)).toBeUndefined();
    const y = parseDefinition(yaml).sourceMap!;
    expect(y.statePathAt(7, 8)).toEqual(['States', 'B']);
  });

  it('finds the innermost nested state', () => {
    const text = JSON.stringify({ StartAt: 'M', States: { M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } } } } }, null, 2);
    const { sourceMap, diagnostics } = parseDefinition(text);
    expect(diagnostics).toEqual([]);
    const line = text.split('\n').findIndex((l) => l.includes('"Pass"')) + 1;
    expect(sourceMap!.statePathAt(line, 10)).toEqual(['States', 'M', 'ItemProcessor', 'States', 'I']);
  });

  it('is rebuilt from the plain sourceRoot after a structured clone (a worker parses once for the page)', () => {
    const r = parseDefinition(json);
    const copy = structuredClone({ root: r.sourceRoot!, definition: r.definition });
    const rebuilt = new SourceMap(json, copy.root, r.format!);
    expect(rebuilt.memberRangeOf(['States', 'A'])).toEqual(r.sourceMap!.memberRangeOf(['States', 'A']));
    expect(rebuilt.pathAt(4, 38)).toEqual(['States', 'A', 'Next']);
    expect(copy.definition).toEqual(r.definition);
  });
});
