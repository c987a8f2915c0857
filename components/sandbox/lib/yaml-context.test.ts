import { describe, expect, it } from 'vitest';
import { yamlContextAt } from './yaml-context';

const at = (text: string) => yamlContextAt(text.replace('|', ''), text.indexOf('|'));

describe('yamlContextAt', () => {
  it('finds the state and its type for a key', () => {
    expect(at('StartAt: A\nStates:\n  A:\n    Type: Task\n    Re|\n')).toMatchObject({ kind: 'key', objectPath: ['States', 'A'], ownType: 'Task', from: 43 });
    expect(at('States:\n  A:\n    Re|\n    Type: Choice\n')).toMatchObject({ objectPath: ['States', 'A'], ownType: 'Choice' });
  });
  it('understands list items', () => {
    expect(at('States:\n  A:\n    Type: Task\n    Retry:\n      - ErrorEquals: [x]\n        Ma|')).toMatchObject({ objectPath: ['States', 'A', 'Retry', 0] });
    expect(at('States:\n  A:\n    Retry:\n      - Ma|')).toMatchObject({ objectPath: ['States', 'A', 'Retry', 0] });
    expect(at('States:\n  P:\n    Branches:\n      - StartAt: A\n        States:\n          A:\n            Ty|')).toMatchObject({
      objectPath: ['States', 'P', 'Branches', 0, 'States', 'A'],
    });
  });
  it('completes values after a key', () => {
    expect(at('States:\n  A:\n    Next: Fo|')).toEqual({ kind: 'value', key: 'Next', from: 23, to: 25, quoted: false });
    expect(at('  Type: |')).toMatchObject({ kind: 'value', key: 'Type' });
    expect(at('States:\n  A:\n    Parameters: {a: |')).toBeNull();
  });
  it('is at the top level on the first column', () => {
    expect(at('Sta|')).toMatchObject({ kind: 'key', objectPath: [] });
  });
});
