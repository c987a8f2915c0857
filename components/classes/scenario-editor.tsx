'use client';
// The class scenario editor (issue 16): the folder's files in the sandbox's code editor, checked live on
// the server against the scenario schema (problems with file, line and reason), a Preview that grades the
// reference and the starter in the bounded worker and shows the learner's view, Save (a new version) and
// Publish (a saved version, to the class).
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { IDLE_AUTHORING_STATE, type AuthoringProblem, type AuthoringState, type ValidationState } from '../../lib/classes/authoring-state';
import type { Diagnostic } from '../../lib/engine/types';
import { initialPreviewResult, PREVIEW_FILE_NAME, PREVIEW_FILE_PREFIX, type PreviewResult } from '../../lib/grading-server/preview-contract';
import { CodeEditor, type CodeEditorHandle } from '../sandbox/editor/code-editor';
import { panelId, tabId, TabList } from '../sandbox/tab-list';
import { PreviewOutcome } from '../scenario/scenario-preview';
import { editorReducer, initialEditorState, problemFile, sameFiles, type EditorState } from './scenario-editor-state';
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
const VALIDATE_DELAY_MS = 500;

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

function withFiles(form: FormData, state: EditorState, fields: Record<string, string>): FormData {
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of state.files) form.set(`${PREVIEW_FILE_PREFIX}${f.name}`, f.text);
  return form;
}

export function ScenarioEditor({ classId, scenario, savedFiles, validateAction, previewAction, saveAction, publishAction }: ScenarioEditorProps) {
  const router = useRouter();
  const [state, dispatch] = useReducer(editorReducer, savedFiles, initialEditorState);
  const [saved, saveFormAction, saving] = useActionState(saveAction, IDLE_AUTHORING_STATE);
  const [published, publishFormAction, publishing] = useActionState(publishAction, IDLE_AUTHORING_STATE);
  const [preview, previewFormAction, previewing] = useActionState(previewAction, initialPreviewResult);
  const [newName, setNewName] = useState('');
  const [newNameError, setNewNameError] = useState<string | null>(null);
  const editor = useRef<CodeEditorHandle>(null);
  const ticket = useRef(0);
  const dirty = !sameFiles(state.files, savedFiles);
  const fields = useMemo(() => ({ classId, ...(scenario ? { scenarioId: scenario.id } : {}) }), [classId, scenario]);

  // Live validation: the server parses the files with the content loader's parser a moment after typing stops.
  useEffect(() => {
    const mine = ++ticket.current;
    const timer = setTimeout(() => {
      dispatch({ type: 'checking' });
      validateAction(withFiles(new FormData(), state, { classId })).then(
        (result) => {
          if (mine === ticket.current) dispatch({ type: 'validated', result });
        },
        () => {
          if (mine === ticket.current) dispatch({ type: 'validated', result: { status: 'error', message: 'The files could not be checked just now.' } });
        },
      );
    }, VALIDATE_DELAY_MS);
    return () => clearTimeout(timer);
    // Re-check when the files change; `state` also changes on tab switches, which need no check.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.files, classId, validateAction]);

  // After the first save, the scenario has a page of its own; after later saves, fetch the new version.
  useEffect(() => {
    if (saved.status !== 'saved') return;
    if (!scenario) router.replace(`/teach/${classId}/scenarios/${saved.scenarioId}/edit`);
    else router.refresh();
  }, [saved, scenario, classId, router]);
  useEffect(() => {
    if (published.status === 'published') router.refresh();
  }, [published, router]);

  // A problem clicked in the list: show its file, then put the cursor on it.
  useEffect(() => {
    if (!state.jump) return;
    const p = state.jump;
    dispatch({ type: 'jumped' });
    if (p.line !== undefined) {
      const start = { line: p.line, column: p.column ?? 1 };
      requestAnimationFrame(() => {
        editor.current?.selectRange({ start, end: start });
        editor.current?.focus();
      });
    }
  }, [state.jump]);

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

      <section aria-labelledby="validation-heading" className="rounded-xl border border-border bg-surface p-4">
        <h2 id="validation-heading" className="text-lg font-semibold">
          Checks
        </h2>
        <div role="status" aria-live="polite" className="mt-1">
          {state.validation.status === 'checking' && <p className="text-muted">Checking the files…</p>}
          {state.validation.status === 'valid' && <p className="text-success">The files are valid: “{state.validation.title}”. Preview to grade the reference and the starter.</p>}
          {state.validation.status === 'error' && <p className="text-danger">{state.validation.message}</p>}
          {state.validation.status === 'problems' && (
            <p className="text-danger">
              {problems.length} problem{problems.length === 1 ? '' : 's'} to fix:
            </p>
          )}
        </div>
        {problems.length > 0 && (
          <ul className="mt-2 grid gap-1 text-sm" aria-label="Problems in the files">
            {problems.map((p, i) => (
              <li key={i}>
                <button type="button" className="text-left underline decoration-dotted" onClick={() => dispatch({ type: 'jump', problem: p })}>
                  <span className="font-mono">{where(p)}</span>
                </button>{' '}
                <span className="break-words">{p.message}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="flex flex-wrap items-start gap-3">
        <form action={(form) => saveFormAction(withFiles(form, state, fields))}>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? 'Saving…' : scenario ? 'Save a new version' : 'Save'}
          </button>
        </form>
        <form action={(form) => previewFormAction(withFiles(form, state, { classId }))}>
          <button type="submit" className="btn btn-secondary" disabled={previewing}>
            {previewing ? 'Grading the reference and the starter…' : 'Preview'}
          </button>
        </form>
        {scenario && (
          <form action={publishFormAction}>
            <input type="hidden" name="scenarioId" value={scenario.id} />
            <input type="hidden" name="versionId" value={scenario.latestVersionId} />
            <button type="submit" className="btn btn-secondary" disabled={publishing || dirty} aria-describedby="publish-note">
              {publishing ? 'Grading and publishing…' : `Publish version ${scenario.latestVersion}`}
            </button>
            <p id="publish-note" className="mt-1 text-xs text-muted">
              {dirty ? 'Save your changes first: only a saved version can be published.' : 'Learners in the class get this version; their graded submissions keep theirs.'}
            </p>
          </form>
        )}
      </div>
      <div role="status" aria-live="polite" className="grid gap-1">
        {saved.status !== 'idle' && <p className={saved.status === 'error' ? 'text-danger' : 'text-success'}>{saved.message}</p>}
        {published.status !== 'idle' && <p className={published.status === 'error' ? 'text-danger' : 'text-success'}>{published.message}</p>}
        {previewing && <p>Validating the files and grading the reference solution and the starter…</p>}
      </div>
      {saveProblems && saveProblems.length > 0 && (
        <ul className="grid gap-1 text-sm text-danger" aria-label="Why it was not saved">
          {saveProblems.map((p, i) => (
            <li key={i} className="break-words">
              <span className="font-mono">{where(p)}</span> {p.message}
            </li>
          ))}
        </ul>
      )}
      {!previewing && preview.status === 'problems' && (
        <section role="alert" className="rounded-xl border border-danger bg-danger-soft p-4">
          <h2 className="text-lg font-semibold">{preview.message}</h2>
          <ul className="mt-2 grid gap-1 text-sm">
            {preview.problems.map((p, i) => (
              <li key={i} className="break-words">
                <span className="font-mono">{where(p)}</span> {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!previewing && preview.status === 'checked' && <PreviewOutcome result={preview} />}
    </div>
  );
}

