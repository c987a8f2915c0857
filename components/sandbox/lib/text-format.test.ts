import { describe, expect, it } from 'vitest';
import { convertText, detectFormat, formatText, toText } from './text-format';

describe('text formats', () => {
  it('detects JSON and YAML as the engine does', () => {
    expect(detectFormat('  {"a":1}')).toBe('json');
    expect(detectFormat('StartAt: A')).toBe('yaml');
  });
  it('formats JSON and YAML, and says why it cannot', async () => {
    expect(await formatText('{"a":[1,2]}', 'json')).toEqual({ text: '{\n  "a": [\n    1,\n    2\n  ]\n}\n' });
    expect(await formatText('a:   1\nb: [x,   y]', 'yaml')).toEqual({ text: 'a: 1\nb:\n  - x\n  - y\n' });
    expect((await formatText('{"a":', 'json')).error).toMatch(/^Cannot format/);
  });
  it('converts between JSON and YAML', async () => {
    const yaml = (await convertText('{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}', 'yaml')).text!;
    expect(yaml).toBe('StartAt: A\nStates:\n  A:\n    Type: Succeed\n');
    expect(JSON.parse((await convertText(yaml, 'json')).text!)).toEqual({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
    expect(toText({ a: 1 }, '')).toBe('{\n  "a": 1\n}\n');
  });
});
