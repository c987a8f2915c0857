'use client';
// Input, execution type, mock test case or simulated faults, seed; Run and Cancel; progress of a long run.
import { useId, type RefObject } from 'react';
import type { ExecutionType } from '../../lib/engine/types';
import { CodeEditor, type CodeEditorHandle } from './editor/CodeEditor';
import { parseFaults } from './lib/faults';
import type { RunState } from './Sandbox';
import { RunProgress } from './RunProgress';

export interface RunSettingsState {
  type: ExecutionType;
  seed: number;
  faults: string;
  testCase: string;
  record: boolean;
}

export interface RunPanelProps {
  inputEditorRef: RefObject<CodeEditorHandle | null>;
  initialInput: string;
  onInputChange: (text: string) => void;
  settings: RunSettingsState;
  onSettings: (update: (s: RunSettingsState) => RunSettingsState) => void;
  testCases: string[];
  stateNames: string[];
  run: RunState;
  canRun: boolean;
  onRun: () => void;
  onCancel: () => void;
}

export function RunPanel({ inputEditorRef, ...p }: RunPanelProps) {
  const id = useId();
  const running = p.run.status === 'running';
  const faultErrors = parseFaults(p.settings.faults).errors;
  const set = <K extends keyof RunSettingsState>(key: K, value: RunSettingsState[K]) => p.onSettings((s) => ({ ...s, [key]: value }));
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

  return (
    <div className="sb-panel">
      <h2 className="sb-h2">Run</h2>
      <div className="sb-grid sb-grid-2">
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
            onModEnter={p.onRun}
            minHeight="7rem"
            maxHeight="16rem"
          />
        </div>
        <div>
          <div className="sb-settings">
            <label className="sb-field">
              Execution type
              <select value={p.settings.type} onChange={(e) => set('type', e.target.value as ExecutionType)}>
                <option value="STANDARD">Standard</option>
                <option value="EXPRESS">Express</option>
              </select>
            </label>
            <label className="sb-field">
              Seed
              <input type="number" value={p.settings.seed} onChange={(e) => set('seed', Number(e.target.value) || 0)} />
            </label>
            {p.testCases.length > 0 && (
              <label className="sb-field">
                Mock test case
                <select value={p.settings.testCase} onChange={(e) => set('testCase', e.target.value)}>
                  <option value="">None (simulated services)</option>
                  {p.testCases.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="sb-field" style={{ gridAutoFlow: 'column', justifyContent: 'start', alignItems: 'center', gap: '0.4rem' }}>
              <input type="checkbox" checked={p.settings.record} onChange={(e) => set('record', e.target.checked)} />
              Record history and data flow
            </label>
          </div>
          <label className="sb-field">
            Simulated faults
            <textarea
              rows={2}
              value={p.settings.faults}
              placeholder={`fail ${p.stateNames.find((n) => /glue|task|lambda/i.test(n)) ?? 'MyTask'} 2 times with States.TaskFailed`}
              onChange={(e) => set('faults', e.target.value)}
              aria-describedby={`${id}-faults-hint`}
              aria-invalid={faultErrors.length > 0}
              spellCheck={false}
            />
          </label>
          <p className="sb-hint" id={`${id}-faults-hint`}>
            One per line: <code>fail &lt;state&gt; &lt;N&gt; times with &lt;Error&gt;[: cause]</code>. Retries use up the failures.
          </p>
          {faultErrors.map((e) => (
            <p key={e.line} className="sb-error">
              {e.message}
            </p>
          ))}
        </div>
      </div>
      <div className="sb-toolbar" style={{ marginTop: '0.75rem' }}>
        <button type="button" className="sb-btn sb-btn-primary" onClick={p.onRun} disabled={!p.canRun || running} aria-keyshortcuts="Control+Enter Meta+Enter">
          Run <span className="sb-hint" style={{ color: 'inherit', opacity: 0.85 }}>({isMac ? '⌘' : 'Ctrl'}+Enter)</span>
        </button>
        <button type="button" className="sb-btn sb-btn-danger" onClick={p.onCancel} disabled={!running}>
          Cancel
        </button>
        {p.run.status === 'running' && <RunProgress run={p.run} />}
        {!p.canRun && !running && <span className="sb-hint">Fix the definition&apos;s problems to run it.</span>}
      </div>
    </div>
  );
}
