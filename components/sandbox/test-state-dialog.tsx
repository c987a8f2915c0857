'use client';
// "Test this state": AWS's TestState on the state selected in the graph, run in an engine worker. The
// learner edits the state's input, picks an inspection level and, for a Task, Map or Parallel, a mocked
// result or error; the answer shows the status, the output or error and cause, the next state and, at
// DEBUG and TRACE, the data after each step of the state's data flow.
import { useEffect, useId, useReducer, useRef, type FormEvent } from 'react';
import type { StateMachineDefinition } from '../../lib/engine/types';
import type { TestStateInput, TestStateOutput } from '../../lib/engine';
import { buildTestStateRequest, INSPECTION_LEVELS, type MockKind, type TestStateForm } from './lib/test-state-request';
import type { PathKey } from './lib/graph-model';
import { JsonBlock } from './result/json-block';

type Phase = { kind: 'editing' } | { kind: 'testing' } | { kind: 'answered'; output: TestStateOutput } | { kind: 'invalid'; field: string; message: string } | { kind: 'crashed'; message: string };

interface DialogState {
  form: TestStateForm;
  phase: Phase;
}

type DialogAction =
  | { type: 'edited'; patch: Partial<TestStateForm> }
  | { type: 'reset'; input: string }
  | { type: 'started' }
  | { type: 'answered'; output: TestStateOutput }
  | { type: 'invalid'; field: string; message: string }
  | { type: 'crashed'; message: string };

function reducer(state: DialogState, action: DialogAction): DialogState {
  switch (action.type) {
    case 'edited':
      return { ...state, form: { ...state.form, ...action.patch } };
    case 'reset':
      return { form: { ...state.form, input: action.input }, phase: { kind: 'editing' } };
    case 'started':
      return { ...state, phase: { kind: 'testing' } };
    case 'answered':
      return { ...state, phase: { kind: 'answered', output: action.output } };
    case 'invalid':
      return { ...state, phase: { kind: 'invalid', field: action.field, message: action.message } };
    case 'crashed':
      return { ...state, phase: { kind: 'crashed', message: action.message } };
  }
}

const STEP_LABELS: [keyof NonNullable<TestStateOutput['inspectionData']>, string][] = [
  ['input', 'Input'],
  ['afterInputPath', 'After InputPath'],
  ['afterParameters', 'After Parameters / Arguments'],
  ['request', 'Request sent (TRACE)'],
  ['response', 'Response received (TRACE)'],
  ['result', 'Result'],
  ['afterResultSelector', 'After ResultSelector'],
  ['afterResultPath', 'After ResultPath'],
  ['variables', 'Variables'],
];

function Step({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="sb-test-step">
      <h3 className="sb-h3">{label}</h3>
      <JsonBlock value={value} label={label} />
    </div>
  );
}

const MOCKABLE = new Set(['Task', 'Map', 'Parallel']);

export interface TestStateTarget {
  stateName: string;
  stateType: string;
  defPath: PathKey[];
}

export function TestStateDialog({
  definition,
  target,
  initialInput,
  onTest,
  onClose,
}: {
  definition: StateMachineDefinition;
  target: TestStateTarget;
  /** The state's input in the last run, or the run's input. */
  initialInput: string;
  onTest: (request: TestStateInput) => Promise<TestStateOutput>;
  onClose: () => void;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, dispatch] = useReducer(reducer, undefined, () => ({
    form: { input: initialInput, level: 'DEBUG', mock: 'none', mockResult: '{"Payload": {}}', mockError: 'States.TaskFailed', mockCause: '' } as TestStateForm,
    phase: { kind: 'editing' } as Phase,
  }));
  const { form, phase } = state;
  const mockable = MOCKABLE.has(target.stateType);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => dispatch({ type: 'reset', input: initialInput }), [initialInput, target.stateName]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = buildTestStateRequest(definition, target.defPath, target.stateName, mockable ? form : { ...form, mock: 'none' });
    if (!built.ok) {
      dispatch({ type: 'invalid', field: built.field, message: built.message });
      return;
    }
    dispatch({ type: 'started' });
    try {
      dispatch({ type: 'answered', output: await onTest(built.request) });
    } catch (err) {
      dispatch({ type: 'crashed', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const invalid = phase.kind === 'invalid' ? phase : undefined;
  const describedBy = (field: string) => (invalid?.field === field ? `${id}-problem` : undefined);
  const edit = (patch: Partial<TestStateForm>) => dispatch({ type: 'edited', patch });

  return (
    <dialog ref={dialog} className="sb-dialog" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <form onSubmit={(e) => void submit(e)} className="sb-test-form">
        <div className="sb-dialog-head">
          <h2 id={`${id}-title`} className="sb-h2">
            Test state “{target.stateName}”
          </h2>
          <button type="button" className="sb-btn" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p className="sb-hint">
          Runs this one state alone, as the TestState API does: nothing before or after it runs. {mockable ? 'A Task runs only with a mocked result or error.' : ''}
        </p>
        <label className="sb-field">
          State input (JSON)
          <textarea rows={5} value={form.input} onChange={(e) => edit({ input: e.target.value })} aria-invalid={invalid?.field === 'input' || undefined} aria-describedby={describedBy('input')} spellCheck={false} />
        </label>
        <div className="sb-test-row">
          <label className="sb-field">
            Inspection level
            <select value={form.level} onChange={(e) => edit({ level: e.target.value as TestStateForm['level'] })}>
              {INSPECTION_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          {mockable && (
            <label className="sb-field">
              Mock
              <select value={form.mock} onChange={(e) => edit({ mock: e.target.value as MockKind })}>
                <option value="none">No mock</option>
                <option value="result">Mocked result</option>
                <option value="error">Mocked error</option>
              </select>
            </label>
          )}
        </div>
        {mockable && form.mock === 'result' && (
          <label className="sb-field">
            Mocked result (JSON)
            <textarea rows={3} value={form.mockResult} onChange={(e) => edit({ mockResult: e.target.value })} aria-invalid={invalid?.field === 'mockResult' || undefined} aria-describedby={describedBy('mockResult')} spellCheck={false} />
          </label>
        )}
        {mockable && form.mock === 'error' && (
          <div className="sb-test-row">
            <label className="sb-field">
              Error
              <input value={form.mockError} onChange={(e) => edit({ mockError: e.target.value })} aria-invalid={invalid?.field === 'mockError' || undefined} aria-describedby={describedBy('mockError')} spellCheck={false} />
            </label>
            <label className="sb-field">
              Cause (optional)
              <input value={form.mockCause} onChange={(e) => edit({ mockCause: e.target.value })} />
            </label>
          </div>
        )}
        <div className="sb-toolbar">
          <button type="submit" className="sb-btn sb-btn-primary" disabled={phase.kind === 'testing'}>
            {phase.kind === 'testing' ? 'Testing…' : 'Test state'}
          </button>
        </div>
        {invalid && (
          <p id={`${id}-problem`} role="alert" className="sb-blocked">
            {invalid.message}
          </p>
        )}
        {phase.kind === 'crashed' && (
          <p role="alert" className="sb-blocked">
            The engine worker stopped: {phase.message}
          </p>
        )}
        <div aria-live="polite">{phase.kind === 'answered' && <Answer output={phase.output} />}</div>
      </form>
    </dialog>
  );
}

function Answer({ output }: { output: TestStateOutput }) {
  const data = output.inspectionData;
  return (
    <section aria-label="Test result" className="sb-test-answer">
      <p className="sb-status">
        <span className={`sb-badge sb-badge-${output.status === 'SUCCEEDED' ? 'SUCCEEDED' : output.status === 'CAUGHT_ERROR' ? 'CAUGHT' : 'FAILED'}`} data-testid="test-state-status">
          {output.status}
        </span>
        {output.nextState !== undefined && <span>Next state: <strong>{output.nextState}</strong></span>}
      </p>
      {output.error !== undefined && (
        <p>
          <strong>{output.error}</strong>
          {output.cause !== undefined && <>: {output.cause}</>}
        </p>
      )}
      {output.output !== undefined && <Step label="Output" value={output.output} />}
      {data && (
        <details open>
          <summary>Data at each step</summary>
          {STEP_LABELS.filter(([key]) => data[key] !== undefined).map(([key, label]) => (
            <Step key={key} label={label} value={data[key]} />
          ))}
        </details>
      )}
    </section>
  );
}
