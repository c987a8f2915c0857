'use client';
// The learner's side of a scenario: the sandbox's editor and live graph, "Run the visible cases" in the
// browser's engine worker (each case's history one click away) and "Submit", which the server grades.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Diagnostic } from '../../lib/engine/types';
import { CancelledError, GradeTimeoutError, WorkerStartError } from '../sandbox/worker/client';
import { CodeEditor, type CodeEditorHandle } from '../sandbox/editor/code-editor';
import { ProblemSummary } from '../sandbox/editor/problem-summary';
import { GraphView } from '../sandbox/graph/graph-view';
import { buildGraphModel, collectStateNames } from '../sandbox/lib/graph-model';
import { detectFormat } from '../sandbox/lib/text-format';
import { useRunView } from '../sandbox/result/run-view';
import { useEngine } from '../sandbox/worker/use-engine';
import type { ClientScenario } from '../../lib/grading/client-scenario';
import { CaseResults } from './case-results';
import { SubmitPanel, type SubmitAction } from './submit-panel';
import { initialWorkbenchState, workbenchReducer } from './workbench-state';
import '../sandbox/sandbox.css';
import './scenario.css';

export interface ScenarioWorkbenchProps {
  scenario: ClientScenario;
  /** The server action that grades and records a submission; absent in the instructor preview. */
  submitAction?: SubmitAction;
  /** Where the learner's last edit is kept in this browser; absent: not kept (the preview). */
  storageKey?: string;
}

/** The browser stops the visible cases after this long (the server has its own, shorter, limit). */
const BROWSER_GRADING_LIMIT_MS = 20_000;

function loadSaved(key: string | undefined): string | null {
  if (!key) return null;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function ScenarioWorkbench({ scenario, submitAction, storageKey }: ScenarioWorkbenchProps) {
  const client = useEngine();
  const editor = useRef<CodeEditorHandle>(null);
  const text = useRef(scenario.starter);
  const [initialText] = useState(scenario.starter);
  const [language, setLanguage] = useState(detectFormat(scenario.starter));
  const [state, dispatch] = useReducer(workbenchReducer, initialWorkbenchState);
  const latest = useRef(0);
  const validateTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const validateNow = useCallback(() => {
    const ticket = ++latest.current;
    const validated = text.current;
    client.validate(validated, scenario.executionType).then(
      (r) => {
        if (ticket !== latest.current) return;
        const value = r.definition;
        dispatch({ type: 'validated', validation: { ...r, text: validated }, ...(value !== undefined ? { stateNames: collectStateNames(value) } : {}) });
      },
      () => {},
    );
  }, [client, scenario.executionType]);

  // The last edit kept in this browser replaces the starter once, after hydration.
  useEffect(() => {
    const saved = loadSaved(storageKey);
    if (saved !== null && saved !== text.current) {
      text.current = saved;
      editor.current?.setText(saved);
      setLanguage(detectFormat(saved));
      dispatch({ type: 'notice', message: 'Your last edit of this scenario was restored. “Start over” brings back the starter.' });
    }
    validateNow();
  }, [storageKey, validateNow]);

  const onChange = useCallback(
    (t: string) => {
      text.current = t;
      setLanguage(detectFormat(t));
      dispatch({ type: 'edited' });
      clearTimeout(validateTimer.current);
      validateTimer.current = setTimeout(validateNow, 250);
      if (storageKey) {
        clearTimeout(saveTimer.current);
        saveTimer.current = setTimeout(() => {
          try {
            window.localStorage.setItem(storageKey, t);
          } catch {
            // Private mode or a full storage: the edit simply is not kept.
          }
        }, 400);
      }
    },
    [validateNow, storageKey],
  );

  const runVisible = useCallback(async () => {
    const submitted = text.current;
    dispatch({ type: 'run-started', at: Date.now() });
    try {
      const r = await client.grade(scenario, submitted, BROWSER_GRADING_LIMIT_MS);
      dispatch({ type: 'run-finished', verdict: r.verdict, text: submitted });
    } catch (e) {
      if (e instanceof CancelledError) dispatch({ type: 'run-cancelled' });
      else dispatch({ type: 'run-failed', message: e instanceof GradeTimeoutError || e instanceof WorkerStartError ? e.message : `The cases could not run: ${e instanceof Error ? e.message : String(e)}` });
    }
  }, [client, scenario]);

  const startOver = useCallback(() => {
    if (!window.confirm('Replace your definition with the starter? Your edits will be lost.')) return;
    text.current = scenario.starter;
    editor.current?.setText(scenario.starter);
    setLanguage(detectFormat(scenario.starter));
    if (storageKey) {
      try {
        window.localStorage.removeItem(storageKey);
      } catch {
        // nothing kept, nothing to remove
      }
    }
    dispatch({ type: 'edited' });
    dispatch({ type: 'notice', message: 'Back to the starter.' });
    validateNow();
  }, [scenario.starter, storageKey, validateNow]);

  // ---------------------------------------------------------------- graph: the definition, and the open case
  const validation = state.validation;
  const value = validation?.definition;
  const model = useMemo(() => buildGraphModel(value), [value]);
  const diagnostics: Diagnostic[] = validation?.diagnostics ?? [];
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const verdict = state.local.status === 'done' ? state.local.verdict : undefined;
  const openRun = verdict && state.openCase !== null ? verdict.cases[state.openCase]?.run : undefined;
  // The open case's run is drawn on the graph only while the graph still shows the definition it ran.
  const runMatches = state.local.status === 'done' && !state.stale;
  const response = useMemo(() => (openRun && runMatches ? { kind: 'result' as const, id: 0, result: openRun, wallMs: 0 } : undefined), [openRun, runMatches]);
  const view = useRunView(model, response, state.step);
  const running = state.local.status === 'running';

  return (
    <div
      className="sb-root space-y-4"
      onKeyDown={(e) => {
        // The editor lets Ctrl/⌘+Enter bubble here (it inserts no line), so this is the one handler: one press,
        // one run; a held key's repeats do not restart it.
        if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
          e.preventDefault();
          if (!running && !e.repeat) void runVisible();
        }
      }}
    >
      <div className="sb-grid">
        <div className="sb-panel">
          <div className="sb-toolbar">
            <h2 className="sb-h2" style={{ margin: 0 }}>
              Your state machine <span className="sb-hint">({language.toUpperCase()}, {scenario.executionType})</span>
            </h2>
            <span className="sb-spacer" />
            <button type="button" className="sb-btn sb-btn-small" onClick={startOver}>
              Start over
            </button>
          </div>
          <CodeEditor
            ref={editor}
            initialText={initialText}
            language={language}
            label="State machine definition"
            onChange={onChange}
            diagnostics={diagnostics}
            stateNames={state.stateNames}
            minHeight="18rem"
            maxHeight="30rem"
            scrollLabel="Definition (scrollable)"
          />
          <ProblemSummary checking={validation === null} errors={errors} editor={editor} />
          {state.notice && (
            <p className="sb-hint" role="status">
              {state.notice}
            </p>
          )}
        </div>
        <div className="sb-panel">
          <h2 className="sb-h2">Graph</h2>
          {openRun && runMatches && verdict && state.openCase !== null && (
            <p className="sb-hint">Showing the run of “{verdict.cases[state.openCase]!.name}”.</p>
          )}
          <GraphView model={model} outcomes={view.outcomes} activeId={view.activeId} />
        </div>
      </div>

      <section className="sb-panel" aria-labelledby="cases-heading">
        <div className="sb-toolbar">
          <h2 id="cases-heading" className="sb-h2" style={{ margin: 0 }}>
            Cases
          </h2>
          <span className="sb-spacer" />
          <button type="button" className="sb-btn sb-btn-primary" onClick={() => void runVisible()} disabled={running} aria-keyshortcuts="Control+Enter">
            {running ? 'Running…' : `Run the visible cases (${scenario.cases.length})`}
          </button>
          {running && (
            <button type="button" className="sb-btn" onClick={() => client.cancel()}>
              Stop
            </button>
          )}
        </div>
        <p className="sb-hint">
          {scenario.cases.length} visible case{scenario.cases.length === 1 ? '' : 's'} run here in your browser (Ctrl+Enter).
          {scenario.hiddenCases > 0 && ` Submitting also runs ${scenario.hiddenCases} hidden case${scenario.hiddenCases === 1 ? '' : 's'} on the server.`}
        </p>
        <CaseResults
          cases={scenario.cases}
          local={state.local}
          stale={state.stale}
          openCase={state.openCase}
          historyOpen={state.historyOpen}
          onToggleHistory={(index) => dispatch({ type: 'history-toggled', index })}
          view={view}
          step={state.step}
          onStep={(step) => dispatch({ type: 'step', step })}
        />
      </section>

      {submitAction && <SubmitPanel scenarioId={scenario.id} getDefinition={() => text.current} action={submitAction} hasErrors={errors.length > 0} />}
    </div>
  );
}
