import { CompletionContext } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { definitionCompletions, jsonContextAt } from './completion';

function stateAt(text: string) {
  const pos = text.indexOf('|');
  // No parse ahead of time: the completion must finish the parse itself (an editor state's tree is whatever
  // CodeMirror managed in its first few milliseconds).
  const state = EditorState.create({ doc: text.replace('|', ''), extensions: [json()] });
  return { state, pos };
}

const doc = '{"StartAt": "A", "States": {"A": {"Type": "Task", "Re|": 1, "Next": "B"}, "B": {"Type": "Succeed"}}}';

describe('JSON completion context', () => {
  it('knows the object path and the state type when completing a key', () => {
    const { state, pos } = stateAt(doc);
    expect(jsonContextAt(state, pos)).toMatchObject({ kind: 'key', objectPath: ['States', 'A'], ownType: 'Task' });
  });
  it('finds the context past the part of a definition a new editor state parses at once (~3,000 characters)', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `"S${i}": {"Type": "Pass", "Next": "S${i + 1}"}`).join(', ');
    const { state, pos } = stateAt(`{"StartAt": "S0", "States": {${filler}, "Last": {"Type": "Task", "Re|": 1}}}`);
    expect(jsonContextAt(state, pos)).toMatchObject({ kind: 'key', objectPath: ['States', 'Last'], ownType: 'Task' });
  });
  it('knows which field a value belongs to', () => {
    const { state, pos } = stateAt('{"States": {"A": {"Type": "Pass", "Next": "|"}}}');
    expect(jsonContextAt(state, pos)).toMatchObject({ kind: 'value', key: 'Next' });
  });
  it('offers state names for Next and the fields of a Task for a key', () => {
    const source = definitionCompletions(() => 'json', () => ['A', 'B']);
    const value = stateAt('{"States": {"A": {"Type": "Pass", "Next": "|"}}}');
    const names = source(new CompletionContext(value.state, value.pos, true));
    expect(names?.options.map((o) => o.label)).toEqual(['"A"', '"B"']);
    const key = stateAt(doc);
    const fields = source(new CompletionContext(key.state, key.pos, true))?.options.map((o) => o.label) ?? [];
    expect(fields).toContain('"Resource"');
    expect(fields).toContain('"Retry"');
    expect(fields).not.toContain('"Choices"');
  });
});
