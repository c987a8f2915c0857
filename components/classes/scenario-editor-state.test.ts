import { describe, expect, it } from 'vitest';
import { editorReducer, initialEditorState, problemFile, sameFiles } from './scenario-editor-state';

const start = () => initialEditorState({ 'scenario.yaml': 'id: a', 'starter.asl.json': '{}', 'solution.asl.json': '{}' });

describe('the class scenario editor state', () => {
  it('edits one file, adds and removes others, and knows when the files differ from the saved ones', () => {
    let s = start();
    expect(s.active).toBe('scenario.yaml');
    expect(sameFiles(s.files, { 'scenario.yaml': 'id: a', 'starter.asl.json': '{}', 'solution.asl.json': '{}' })).toBe(true);
    s = editorReducer(s, { type: 'edit', name: 'scenario.yaml', text: 'id: b' });
    expect(sameFiles(s.files, { 'scenario.yaml': 'id: a', 'starter.asl.json': '{}', 'solution.asl.json': '{}' })).toBe(false);
    s = editorReducer(s, { type: 'add-file', name: 'world.json' });
    expect(s.active).toBe('world.json');
    expect(s.files.map((f) => f.name)).toEqual(['scenario.yaml', 'starter.asl.json', 'solution.asl.json', 'world.json']);
    s = editorReducer(s, { type: 'remove-file', name: 'world.json' });
    expect(s.active).toBe('scenario.yaml');
    expect(editorReducer(s, { type: 'select', name: 'nope.json' })).toBe(s);
  });

  it('a problem jumps to its file, whatever folder label it carries', () => {
    const s = editorReducer(start(), { type: 'jump', problem: { file: 'scenario/solution.asl.json', line: 3, column: 1, message: 'x' } });
    expect(s.active).toBe('solution.asl.json');
    expect(s.jump?.line).toBe(3);
    expect(problemFile({ file: 'preview/world.json', message: 'x' })).toBe('world.json');
    // A problem about a file that is not open does not move the editor.
    expect(editorReducer(start(), { type: 'jump', problem: { file: 'scenario/world.json', message: 'missing' } }).active).toBe('scenario.yaml');
  });
});
