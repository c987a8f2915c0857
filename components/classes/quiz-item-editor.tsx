'use client';
// The class quiz item editor (issue 16): the item's YAML in the sandbox's code editor, checked live on
// the server against the quiz item schema (problems with line and reason), a Preview that draws the
// question and renders it with the learner's quiz runner (answers are graded, never recorded), Save (a
// new version) and Publish (a saved version, to the class). The state is the scenario editor's reducer
// with one file.
import { useActionState, useCallback, useMemo, useReducer, useRef } from 'react';
import {
  IDLE_QUIZ_AUTHORING_STATE,
  IDLE_QUIZ_PREVIEW,
  QUIZ_ITEM_FILE,
  QUIZ_ITEM_SOURCE_FIELD,
  type AuthoringProblem,
  type QuizAuthoringState,
  type QuizPreviewState,
  type ValidationState,
} from '../../lib/classes/authoring-state';
import type { Diagnostic } from '../../lib/engine/types';
import type { NewNumbers } from '../../lib/quiz/fresh-question';
import type { AttemptResult, SessionResult } from '../../lib/quiz-server/submit';
import { CodeEditor, type CodeEditorHandle } from '../sandbox/editor/code-editor';
import { QuizRunner } from '../quiz/quiz-runner';
import { AuthoringActions, AuthoringChecks, PreviewProblems } from './authoring-controls';
import { editorReducer, initialEditorState } from './scenario-editor-state';
import { useJumpToProblem, useLiveValidation, useNewItemRequestId, useRefreshAfterSave } from './use-authoring';
import '../sandbox/sandbox.css';

type StateAction<S> = (previous: S, form: FormData) => Promise<S>;

export interface QuizItemEditorProps {
  classId: string;
  /** Absent on the "new quiz item" page until the first save. */
  item?: { id: string; latestVersionId: string; latestVersion: number; publishedVersion: number | null };
  /** The text as last saved (or the template for a new item). */
  savedSource: string;
  lessonTitles: Record<string, string>;
  validateAction: (form: FormData) => Promise<ValidationState>;
  previewAction: StateAction<QuizPreviewState>;
  previewAnswerAction: (classId: string, source: string, input: unknown) => Promise<AttemptResult>;
  previewNumbersAction: (classId: string, source: string, after: unknown) => Promise<NewNumbers>;
  saveAction: StateAction<QuizAuthoringState>;
  publishAction: StateAction<QuizAuthoringState>;
}

const PREVIEW_SESSION_ID = 'instructor-preview';

const where = (p: AuthoringProblem) => `${QUIZ_ITEM_FILE}${p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''}`;

function diagnosticsFor(problems: readonly AuthoringProblem[]): Diagnostic[] {
  return problems
    .filter((p) => p.line !== undefined)
    .map((p) => {
      const start = { line: p.line!, column: p.column ?? 1 };
      return { severity: 'error', code: 'QUIZ_ITEM', message: p.message, path: [], range: { start, end: { line: start.line, column: start.column + 1 } } };
    });
}

function withSource(form: FormData, source: string, fields: Record<string, string>): FormData {
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set(QUIZ_ITEM_SOURCE_FIELD, source);
  return form;
}

// The preview grades answers but records none, so an exam-style session is never sent from here.
const noSession = async (): Promise<SessionResult> => ({ status: 'invalid', fieldErrors: {}, message: 'The preview answers one question at a time.' });

export function QuizItemEditor({ classId, item, savedSource, lessonTitles, validateAction, previewAction, previewAnswerAction, previewNumbersAction, saveAction, publishAction }: QuizItemEditorProps) {
  const [state, dispatch] = useReducer(editorReducer, { [QUIZ_ITEM_FILE]: savedSource }, initialEditorState);
  const [saved, saveFormAction, saving] = useActionState(saveAction, IDLE_QUIZ_AUTHORING_STATE);
  const [published, publishFormAction, publishing] = useActionState(publishAction, IDLE_QUIZ_AUTHORING_STATE);
  const [preview, previewFormAction, previewing] = useActionState(previewAction, IDLE_QUIZ_PREVIEW);
  const editor = useRef<CodeEditorHandle>(null);
  // The text the preview on screen was drawn from: its answers are graded against that text.
  const previewedSource = useRef(savedSource);
  const source = state.files[0]?.text ?? '';
  const dirty = source !== savedSource;
  const creating = useNewItemRequestId(item === undefined);
  const fields = useMemo(() => ({ classId, ...(item ? { itemId: item.id } : creating) }), [classId, item, creating]);

  // Live validation: the server parses the text with the quiz bank's parser a moment after typing stops.
  const check = useCallback(() => validateAction(withSource(new FormData(), source, { classId })), [validateAction, source, classId]);
  useLiveValidation(dispatch, check, source, 'The item could not be checked just now.');
  useRefreshAfterSave(saved, published, saved.status === 'saved' && !item ? `/teach/${classId}/quiz-items/${saved.itemId}/edit` : null);
  useJumpToProblem(state.jump, dispatch, editor);

  const problems = state.validation.status === 'problems' ? state.validation.problems : [];
  const saveProblems = saved.status === 'error' ? saved.problems : undefined;

  return (
    <div className="grid gap-6">
      <section aria-labelledby="item-heading" className="grid gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="item-heading" className="text-xl font-semibold">
            The item
          </h2>
          <p className="text-sm text-muted">
            {item ? `Version ${item.latestVersion} saved${item.publishedVersion ? `, version ${item.publishedVersion} published` : ', not published yet'}.` : 'Not saved yet.'}
            {dirty && <span className="ml-1 font-medium text-text">Unsaved changes.</span>}
          </p>
        </div>
        <CodeEditor
          ref={editor}
          id="editor-item-yaml"
          initialText={savedSource}
          language="yaml"
          label={`${QUIZ_ITEM_FILE} editor`}
          onChange={(text) => dispatch({ type: 'edit', name: QUIZ_ITEM_FILE, text })}
          diagnostics={diagnosticsFor(problems)}
          minHeight="18rem"
          maxHeight="32rem"
          scrollLabel={`${QUIZ_ITEM_FILE} (scrollable)`}
        />
      </section>

      <AuthoringChecks
        validation={state.validation}
        what="item"
        valid={(title) => `The item is valid: “${title}”. Preview it to answer it as a learner would.`}
        where={where}
        onJump={(problem) => dispatch({ type: 'jump', problem })}
      />

      <AuthoringActions
        saved={item !== undefined}
        dirty={dirty}
        where={where}
        save={{ action: (form) => saveFormAction(withSource(form, source, fields)), pending: saving, state: saved, problems: saveProblems }}
        preview={{
          action: (form) => {
            previewedSource.current = source;
            previewFormAction(withSource(form, source, { classId }));
          },
          pending: previewing,
          pendingLabel: 'Drawing the question…',
        }}
        publish={
          item && {
            action: publishFormAction,
            pending: publishing,
            pendingLabel: 'Publishing…',
            state: published,
            version: item.latestVersion,
            fields: { itemId: item.id, versionId: item.latestVersionId },
            note: 'Learners in the class answer this version; their graded answers keep theirs.',
          }
        }
      />
      {!previewing && preview.status === 'problems' && <PreviewProblems message={preview.message} problems={preview.problems} where={where} />}
      {!previewing && preview.status === 'previewed' && (
        <section aria-labelledby="preview-heading" className="rounded-xl border border-border p-4">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Preview: the learner’s view
          </h2>
          <p className="mb-4 mt-1 text-sm text-muted">Answer it to see the verdict and explanations a learner gets. Preview answers are not recorded.</p>
          <QuizRunner
            key={preview.checkedAt}
            questions={[preview.question]}
            mode="practice"
            sessionId={PREVIEW_SESSION_ID}
            lessonTitles={lessonTitles}
            submitAnswer={(input) => previewAnswerAction(classId, previewedSource.current, input)}
            newNumbers={(_itemId, after) => previewNumbersAction(classId, previewedSource.current, after)}
            submitSession={noSession}
          />
        </section>
      )}
    </div>
  );
}
