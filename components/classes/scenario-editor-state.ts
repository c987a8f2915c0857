// The class scenario editor's state as one reducer: the folder's files, the file shown, and the live
// validation's latest answer.
import type { AuthoringProblem, ValidationState } from '../../lib/classes/authoring-state';
import { AUTHORING_FOLDER } from '../../lib/classes/authoring-state';
import { previewFilesReducer, type PreviewFiles } from '../scenario/preview-files';

export type Validation = { status: 'checking' } | ValidationState;

export type EditorState = { files: PreviewFiles; active: string; validation: Validation; jump: AuthoringProblem | null };

export type EditorAction =
  | { type: 'edit'; name: string; text: string }
  | { type: 'select'; name: string }
  | { type: 'add-file'; name: string }
  | { type: 'remove-file'; name: string }
  | { type: 'checking' }
  | { type: 'validated'; result: ValidationState }
  | { type: 'jump'; problem: AuthoringProblem }
  | { type: 'jumped' };

/** `scenario/world.json` -> `world.json` (problems name files inside a folder label). */
export function problemFile(problem: AuthoringProblem): string {
  const prefix = `${AUTHORING_FOLDER}/`;
  if (problem.file.startsWith(prefix)) return problem.file.slice(prefix.length);
  return problem.file.split('/').pop() ?? problem.file;
}

export function initialEditorState(files: Record<string, string>): EditorState {
  const list = Object.entries(files).map(([name, text]) => ({ name, text }));
  return { files: list, active: list[0]?.name ?? 'scenario.yaml', validation: { status: 'checking' }, jump: null };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit':
      return { ...state, files: previewFilesReducer(state.files, { type: 'set', name: action.name, text: action.text }) };
    case 'select':
      return state.files.some((f) => f.name === action.name) ? { ...state, active: action.name } : state;
    case 'add-file':
      if (state.files.some((f) => f.name === action.name)) return { ...state, active: action.name };
      return { ...state, files: [...state.files, { name: action.name, text: '' }], active: action.name };
    case 'remove-file': {
      const files = previewFilesReducer(state.files, { type: 'remove', name: action.name });
      return { ...state, files, active: state.active === action.name ? (files[0]?.name ?? 'scenario.yaml') : state.active };
    }
    case 'checking':
      return { ...state, validation: { status: 'checking' } };
    case 'validated':
      return { ...state, validation: action.result };
    case 'jump': {
      const name = problemFile(action.problem);
      return state.files.some((f) => f.name === name) ? { ...state, active: name, jump: action.problem } : state;
    }
    case 'jumped':
      return { ...state, jump: null };
  }
}


export function sameFiles(a: PreviewFiles, b: Record<string, string>): boolean {
  return a.length === Object.keys(b).length && a.every((f) => b[f.name] === f.text);
}
