'use client';
// Input, execution type, seed, mock test case, simulated faults; Run and Cancel on wide screens (a long
// run's progress shows in the result, just below).
import { useId, type ReactNode, type RefObject } from 'react';
import type { ExecutionType } from '../../lib/engine/types';
import { CodeEditor, type CodeEditorHandle } from './editor/code-editor';
import { RunButtons, type RedriveControl } from './run-buttons';
import type { RunSettingsState, RunState } from './state/run-state';
import type { FaultCheck, RunBlocker } from './state/selectors';

export interface RunPanelProps {
  redrive?: RedriveControl;
  inputEditorRef: RefObject<CodeEditorHandle | null>;
  initialInput: string;
  onInputChange: (text: string) => void;
  settings: RunSettingsState;
  onSettings: (patch: Partial<RunSettingsState>) => void;
  testCases: string[];
  stateNames: string[];
  faults: FaultCheck;
  run: RunState;
  blocker: RunBlocker;
  onRun: () => void;
  onCancel: () => void;
  /** False on a phone, where the buttons sit in the bar above the panes. */
  showButtons: boolean;
}

export function RunPanel({ inputEditorRef, ...p }: RunPanelProps) {
  const id = useId();
  const faultErrors = p.faults.errors;
  const example = p.stateNames.find((n) => /glue|task|lambda|call/i.test(n)) ?? 'MyTask';
  let buttons: ReactNode = null;
  if (p.showButtons) {
    buttons = (
      <div className="sb-toolbar sb-run-actions">
        <RunButtons run={p.run} blocker={p.blocker} onRun={p.onRun} onCancel={p.onCancel} {...(p.redrive ? { redrive: p.redrive } : {})} />
      </div>
    );
  }

  return (
    <div className="sb-panel sb-run-panel">
      <h2 className="sb-h2">Run</h2>
      <div className="sb-run-grid">
        <div>
          <span className="sb-field" id={`${id}-input-label`}>
            Execution input (JSON)
          </span>
          <CodeEditor
            ref={inputEditorRef}
            initialText={p.initialInput}
            language="json"
            label="Execution input (JSON)"
            onChange={p.onInputChange}
            minHeight="7rem"
            maxHeight="16rem"
          />
        </div>
        <div className="sb-settings">
          <label className="sb-field">
            Execution type
            <select value={p.settings.type} onChange={(e) => p.onSettings({ type: e.target.value as ExecutionType })}>
              <option value="STANDARD">Standard</option>
              <option value="EXPRESS">Express</option>
            </select>
          </label>
          <label className="sb-field">
            Seed
            <input type="number" inputMode="numeric" value={p.settings.seed} onChange={(e) => p.onSettings({ seed: Number(e.target.value) || 0 })} />
          </label>
          {p.testCases.length > 0 && (
            <label className="sb-field sb-field-wide">
              Mock test case
              <select value={p.settings.testCase} onChange={(e) => p.onSettings({ testCase: e.target.value })}>
                <option value="">None: the simulated services answer</option>
                {p.testCases.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="sb-field sb-field-wide sb-check">
            <input type="checkbox" checked={p.settings.record} onChange={(e) => p.onSettings({ record: e.target.checked })} />
            Record history and data flow
          </label>
          <label className="sb-field sb-field-wide">
            Simulated faults
            <textarea
              rows={2}
              value={p.settings.faults}
              placeholder={`fail ${example} 2 times with States.TaskFailed`}
              onChange={(e) => p.onSettings({ faults: e.target.value })}
              aria-describedby={`${id}-faults-hint${faultErrors.length ? ` ${id}-faults-errors` : ''}`}
              aria-invalid={faultErrors.length > 0}
              spellCheck={false}
            />
          </label>
          <p className="sb-hint sb-field-wide" id={`${id}-faults-hint`}>
            One per line: <code>fail &lt;state&gt; &lt;N&gt; times with &lt;Error&gt;[: cause]</code>. Retries use up the failures.
          </p>
          {faultErrors.length > 0 && (
            <ul className="sb-error sb-field-wide sb-fault-errors" id={`${id}-faults-errors`} data-testid="fault-errors">
              {faultErrors.map((e) => (
                <li key={`${e.line}:${e.message}`}>{e.message}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {buttons}
    </div>
  );
}
