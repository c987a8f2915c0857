'use client';
// The class scenario editor (issue 16): the folder's files in the sandbox's code editor, checked live on
// the server against the scenario schema (problems with file, line and reason), a Preview that grades the
// reference and the starter in the bounded worker and shows the learner's view, Save (a new version) and
// Publish (a saved version, to the class).
import { useActionState, useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { IDLE_AUTHORING_STATE, type AuthoringProblem, type AuthoringState, type ValidationState } from '../../lib/classes/authoring-state';
import type { Diagnostic } from '../../lib/engine/types';
import { initialPreviewResult, PREVIEW_FILE_NAME, PREVIEW_FILE_PREFIX, type PreviewResult } from '../../lib/grading-server/preview-contract';
import { CodeEditor, type CodeEditorHandle } from '../sandbox/editor/code-editor';
import { panelId, tabId, TabList } from '../sandbox/tab-list';
import { PreviewOutcome } from '../scenario/scenario-preview';
import { AuthoringActions, AuthoringChecks, PreviewProblems } from './authoring-controls';
import { editorReducer, initialEditorState, problemFile, sameFiles, type EditorState } from './scenario-editor-state';
import { useJumpToProblem, useLiveValidation, useNewItemRequestId, useRefreshAfterSave } from './use-authoring';
import '../sandbox/sandbox.css';

type StateAction<S> = (previous: S, form: FormData) => Promise<S>;

export interface ScenarioEditorProps {
  classId: string;
  /** Absent on the "new scenario" page until the first save. */
  scenario?: { id: string; latestVersionId: string; latestVersion: number; publishedVersion: number | null };
  /** The files as last saved (or the template for a new scenario). */
  savedFiles: Record<string, string>;
  validateAction: (form: FormData) => Promise<ValidationState>;
  previewAction: StateAction<PreviewResult>;
  saveAction: StateAction<AuthoringState>;
  publishAction: StateAction<AuthoringState>;
}

const ID_PREFIX = 'scenario-file';

function where(p: AuthoringProblem): string {
  return `${problemFile(p)}${p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''}`;
}

function diagnosticsFor(problems: readonly AuthoringProblem[], file: string): Diagnostic[] {
  return problems
    .filter((p) => problemFile(p) === file && p.line !== undefined)
    .map((p) => {
      const start = { line: p.line!, column: p.column ?? 1 };
      return { severity: 'error', code: 'SCENARIO', message: p.message, path: [], range: { start, end: { line: start.line, column: start.column + 1 } } };
    });
}

function withFiles(form: FormData, state: Pick<EditorState, 'files'>, fields: Record<string, string>): FormData {
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of state.files) form.set(`${PREVIEW_FILE_PREFIX}${f.name}`, f.text);
  return form;
}

export function ScenarioEditor({ classId, scenario, savedFiles, validateAction, previewAction, saveAction, publishAction }: ScenarioEditorProps) {
  const [state, dispatch] = useReducer(editorReducer, savedFiles, initialEditorState);
  const [saved, saveFormAction, saving] = useActionState(saveAction, IDLE_AUTHORING_STATE);
  const [published, publishFormAction, publishing] = useActionState(publishAction, IDLE_AUTHORING_STATE);
  const [preview, previewFormAction, previewing] = useActionState(previewAction, initialPreviewResult);
  const [newName, setNewName] = useState('');
  const [newNameError, setNewNameError] = useState<string | null>(null);
  const editor = useRef<CodeEditorHandle>(null);
  const dirty = !sameFiles(state.files, savedFiles);
  const creating = useNewItemRequestId(scenario === undefined);
  const fields = useMemo(() => ({ classId, ...(scenario ? { scenarioId: scenario.id } : creating) }), [classId, scenario, creating]);

  // Live validation: the server parses the files with the content loader's parser a moment after typing
  // stops (only when the files change: `state` also changes on tab switches, which need no check).
  const files = state.files;
  const check = useCallback(() => validateAction(withFiles(new FormData(), { files }, { classId })), [validateAction, files, classId]);
  useLiveValidation(dispatch, check, files, 'The files could not be checked just now.');
  useRefreshAfterSave(saved, published, saved.status === 'saved' && !scenario ? `/teach/${classId}/scenarios/${saved.scenarioId}/edit` : null);
  useJumpToProblem(state.jump, dispatch, editor);

  const problems = state.validation.status === 'problems' ? state.validation.problems : [];
  const active = state.files.find((f) => f.name === state.active);
  const language = state.active.endsWith('.json') ? 'json' : state.active.endsWith('.yaml') || state.active.endsWith('.yml') ? 'yaml' : 'plain';
  const tabs = state.files.map((f) => {
    const count = problems.filter((p) => problemFile(p) === f.name).length;
    return [f.name, count ? `${f.name} (${count})` : f.name] as const;
  });
  const saveProblems = saved.status === 'error' ? saved.problems : undefined;

  const addFile = () => {
    const name = newName.trim();
    if (!PREVIEW_FILE_NAME.test(name)) return setNewNameError('Use a plain file name such as world.json or mock-config.json.');
    setNewNameError(null);
    setNewName('');
    dispatch({ type: 'add-file', name });
  };

  return (
    <div className="grid gap-6">
      <section aria-labelledby="files-heading" className="grid gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="files-heading" className="text-xl font-semibold">
            Files
          </h2>
          <p className="text-sm text-muted">
            {scenario ? `Version ${scenario.latestVersion} saved${scenario.publishedVersion ? `, version ${scenario.publishedVersion} published` : ', not published yet'}.` : 'Not saved yet.'}
            {dirty && <span className="ml-1 font-medium text-text">Unsaved changes.</span>}
          </p>
        </div>
        <div className="overflow-x-auto">
          <TabList tabs={tabs} selected={state.active} onSelect={(name) => dispatch({ type: 'select', name })} idPrefix={ID_PREFIX} label="Files of the scenario" />
        </div>
        {active && (
          <div role="tabpanel" id={panelId(ID_PREFIX, active.name)} aria-labelledby={tabId(ID_PREFIX, active.name)} className="grid gap-2">
            <CodeEditor
              key={active.name}
              ref={editor}
              id={`editor-${active.name}`}
              initialText={active.text}
              language={language}
              label={`${active.name} editor`}
              onChange={(text) => dispatch({ type: 'edit', name: active.name, text })}
              diagnostics={diagnosticsFor(problems, active.name)}
              minHeight="18rem"
              maxHeight="32rem"
              scrollLabel={`${active.name} (scrollable)`}
            />
            {!['scenario.yaml', 'starter.asl.json', 'solution.asl.json'].includes(active.name) && (
              <div>
                <button type="button" className="text-sm text-muted underline" onClick={() => dispatch({ type: 'remove-file', name: active.name })}>
                  Remove {active.name}
                </button>
              </div>
            )}
          </div>
        )}
        <div className="flex flex-wrap items-end gap-2">
          <div className="grid gap-1 text-sm">
            <label htmlFor="new-file-name">Add a file (world.json, mock-config.json, an input file…)</label>
            <input
              id="new-file-name"
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addFile();
                }
              }}
              placeholder="world.json"
              aria-invalid={newNameError ? true : undefined}
              aria-describedby={newNameError ? 'new-file-error' : undefined}
              className="rounded-lg border border-border bg-surface px-3 py-2 font-mono"
            />
          </div>
          <button type="button" className="btn btn-secondary" onClick={addFile}>
            Add file
          </button>
          {newNameError && (
            <p id="new-file-error" className="w-full text-sm text-danger">
              {newNameError}
            </p>
          )}
        </div>
      </section>

      <AuthoringChecks
        validation={state.validation}
        what="files"
        valid={(title) => `The files are valid: “${title}”. Preview to grade the reference and the starter.`}
        where={where}
        onJump={(problem) => dispatch({ type: 'jump', problem })}
      />

      <AuthoringActions
        saved={scenario !== undefined}
        dirty={dirty}
        where={where}
        save={{ action: (form) => saveFormAction(withFiles(form, state, fields)), pending: saving, state: saved, problems: saveProblems }}
        preview={{ action: (form) => previewFormAction(withFiles(form, state, { classId })), pending: previewing, pendingLabel: 'Grading the reference and the starter…' }}
        publish={
          scenario && {
            action: publishFormAction,
            pending: publishing,
            pendingLabel: 'Grading and publishing…',
            state: published,
            version: scenario.latestVersion,
            fields: { scenarioId: scenario.id, versionId: scenario.latestVersionId },
            note: 'Learners in the class get this version; their graded submissions keep theirs.',
          }
        }
        busy={<p>Validating the files and grading the reference solution and the starter…</p>}
      />
      {!previewing && preview.status === 'problems' && <PreviewProblems message={preview.message} problems={preview.problems} where={where} />}
      {!previewing && preview.status === 'checked' && <PreviewOutcome result={preview} />}
    </div>
  );
}

