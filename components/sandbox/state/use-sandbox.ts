'use client';
// The sandbox's one state hook: the reducer (sandbox-state.ts) plus the effects around it: the engine
// workers (validation as the learner types, runs with a wall-clock budget), the link or saved edit read once
// after mounting, the debounced save, and the editors' texts when something outside them replaces the text.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { CodeEditorHandle } from '../editor/code-editor';
import { toFaultSpecs } from '../lib/faults';
import { save } from '../lib/storage';
import { convertText, detectFormat, formatText } from '../lib/text-format';
import { encodeShare, type SharedState } from '../lib/url-state';
import { useRunView, type RunView } from '../result/run-view';
import type { SandboxProps } from '../types';
import { BudgetExceededError, CancelledError } from '../worker/client';
import { useEngine } from '../worker/use-engine';
import type { RunResponse, RunSettings } from '../worker/protocol';
import type { TestStateInput, TestStateOutput } from '../../../lib/engine';
import { readBoot } from './boot';
import { loadableFromExample, loadableFromProps } from './loadable';
import type { RunSettingsState, Staleness } from './run-state';
import { definitionKey, initialState, sandboxReducer, toValidation, type PhoneTab, type SandboxAction, type SandboxState } from './sandbox-state';
import { checkFaultsAgainst, faultCheck, mockTestCases, runBlocker, selectedNodeId, staleness, validationIsCurrent, type FaultCheck, type RunBlocker } from './selectors';

/** How long typing pauses before the definition is validated, and before it is saved. */
const VALIDATE_DELAY_MS = 250;
const SAVE_DELAY_MS = 400;

function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * Why AWS would refuse to redrive this stopped run now (null when it would not), as the worker that keeps its
 * checkpoint judged it on the run's own clock (RunResponse.redrive).
 */
function redriveBlockOf(response: RunResponse): string | null {
  return response.redrive === undefined ? 'This run cannot be redriven.' : response.redrive.block;
}

/** The simulated AWS a redrive sends to the worker: the settings and account as they are now. */
function workerSettings(s: SandboxState, faults: FaultCheck): RunSettings {
  const { account } = s;
  return {
    type: s.settings.type,
    seed: s.settings.seed,
    record: s.settings.record,
    ...(faults.faults.length ? { faults: toFaultSpecs(faults.faults) } : {}),
    ...(account.mocks && s.settings.testCase ? { mockConfig: account.mocks as never, testCase: s.settings.testCase } : {}),
    ...(account.world ? { world: account.world as never } : {}),
    ...(account.generatedWorld ? { generatedWorld: { ...account.generatedWorld } } : {}),
    ...(account.maxTransitions ? { maxTransitions: account.maxTransitions } : {}),
    ...(account.budgetMs ? { budgetMs: account.budgetMs } : {}),
  };
}

export interface SandboxController {
  state: SandboxState;
  dispatch: (action: SandboxAction) => void;
  definitionEditor: RefObject<CodeEditorHandle | null>;
  inputEditor: RefObject<CodeEditorHandle | null>;
  /** The texts the editors start with (later texts go in through their handles). */
  initialTexts: { definition: string; input: string };
  format: 'json' | 'yaml';
  selectedId: string | undefined;
  faults: FaultCheck;
  blocker: RunBlocker;
  staleness: Staleness;
  testCases: string[];
  view: RunView;
  run: () => Promise<void>;
  /** RedriveExecution of the stopped run on screen, with today's faults and mocks. */
  redrive: () => Promise<void>;
  /** undefined: no stopped run to redrive; null: it can be redriven; text: why AWS would refuse. */
  redriveBlock: string | null | undefined;
  /** TestState on one state, in an engine worker. */
  testState: (request: TestStateInput) => Promise<TestStateOutput>;
  cancel: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onDefinitionChange: (text: string) => void;
  onInputChange: (text: string) => void;
  onCursor: (line: number, column: number) => void;
  selectNode: (id: string) => void;
  setSettings: (patch: Partial<RunSettingsState>) => void;
  setStep: (step: number) => void;
  setTab: (tab: PhoneTab) => void;
  formatDocument: () => Promise<void>;
  convert: () => Promise<void>;
  share: () => Promise<void>;
  loadExample: (id: string) => void;
  reset: () => void;
  downloadDefinition: () => void;
  downloadHistory: () => void;
  selectRange: (range: Parameters<CodeEditorHandle['selectRange']>[0]) => void;
  undo: () => void;
  redo: () => void;
}

export function useSandbox(props: SandboxProps): SandboxController {
  const [initial] = useState(() => loadableFromProps(props));
  const storageId = props.id ?? `def-${hash(initial.definition)}`;
  const [state, dispatch] = useReducer(sandboxReducer, initial, initialState);
  const client = useEngine();
  const definitionEditor = useRef<CodeEditorHandle>(null);
  const inputEditor = useRef<CodeEditorHandle>(null);
  const runIds = useRef(0);
  const booted = useRef(false);
  // Event handlers read the newest state without being re-created on every keystroke.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });

  // ------------------------------------------------------------- a link or a saved edit, read once mounted
  const { shareInUrl, examples } = props;
  useEffect(() => {
    if (booted.current) return;
    booted.current = true;
    const boot = readBoot({ shareInUrl: shareInUrl === true, storageId, initial, ...(examples ? { examples } : {}) });
    if (boot) dispatch({ type: 'loaded', load: boot.load, notice: boot.notice, autoRun: boot.autoRun });
  }, [shareInUrl, storageId, initial, examples]);

  // ------------------------------------------------------------- editors follow texts replaced from outside
  useEffect(() => {
    if (state.loads === 0) return;
    const { definition, input } = latest.current;
    if (definitionEditor.current && definitionEditor.current.getText() !== definition) definitionEditor.current.setText(definition);
    if (inputEditor.current && inputEditor.current.getText() !== input) inputEditor.current.setText(input);
  }, [state.loads]);

  // ------------------------------------------------------------- validation, debounced, in its worker
  const { definition, input } = state;
  const type = state.settings.type;
  const current = validationIsCurrent(state);
  const first = state.validation === null;
  useEffect(() => {
    if (current) return;
    const timer = setTimeout(
      () =>
        client.validate(definition, type).then(
          (response) => dispatch({ type: 'validated', response, text: definition, for: type }),
          () => {},
        ),
      first ? 0 : VALIDATE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [client, definition, type, current, first]);

  // ------------------------------------------------------------- the learner's last edit survives a reload
  const { settings } = state;
  const exampleId = state.account.exampleId;
  useEffect(() => {
    const timer = setTimeout(() => save(storageId, { definition, input, settings, ...(exampleId !== undefined ? { exampleId } : {}) }), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [storageId, definition, input, settings, exampleId]);

  // ------------------------------------------------------------- running
  const run = useCallback(async () => {
    const s = latest.current;
    if (s.run.status === 'running') return;
    const text = s.definition;
    const runType = s.settings.type;
    let validation = s.validation;
    if (!validationIsCurrent(s)) {
      // Run pressed before the debounced check: check now, once, and run what was checked.
      const response = await client.validate(text, runType).catch(() => null);
      if (!response) return;
      dispatch({ type: 'validated', response, text, for: runType });
      validation = toValidation(response, text, runType);
    }
    const checked = { ...s, validation };
    const faults = faultCheck(checked);
    if (runBlocker(checked, faults) !== null || !validation?.definition) {
      dispatch({ type: 'noticeShown', notice: faults.errors.length ? 'Fix the simulated faults before running.' : 'Fix the definition’s problems before running.' });
      return;
    }
    const runId = ++runIds.current;
    dispatch({ type: 'runStarted', runId, basis: { definitionKey: definitionKey(validation, text), input: s.input, settings: s.settings } });
    // On a phone the result is where the run's progress shows.
    if (s.tab === 'editor') dispatch({ type: 'tabChosen', tab: 'result' });
    const { account } = s;
    try {
      const response = await client.run(
        {
          definition: validation.definition,
          definitionBytes: utf8Bytes(text),
          input: s.input,
          settings: {
            type: runType,
            seed: s.settings.seed,
            record: s.settings.record,
            ...(faults.faults.length ? { faults: toFaultSpecs(faults.faults) } : {}),
            ...(account.mocks && s.settings.testCase ? { mockConfig: account.mocks as never, testCase: s.settings.testCase } : {}),
            ...(account.world ? { world: account.world as never } : {}),
            ...(account.generatedWorld ? { generatedWorld: { ...account.generatedWorld } } : {}),
            ...(account.maxTransitions ? { maxTransitions: account.maxTransitions } : {}),
            ...(account.budgetMs ? { budgetMs: account.budgetMs } : {}),
          },
        },
        {
          onStarted: () => dispatch({ type: 'runEngineStarted', runId }),
          onProgress: (progress) => dispatch({ type: 'runProgressed', runId, progress }),
        },
      );
      dispatch({ type: 'runFinished', runId, response });
    } catch (e) {
      const message =
        e instanceof BudgetExceededError ? e.message : `The engine worker stopped with an error: ${e instanceof Error ? e.message : String(e)}`;
      dispatch({ type: 'runStopped', runId, cancelled: e instanceof CancelledError, message });
    }
  }, [client]);

  const redrive = useCallback(async () => {
    const s = latest.current;
    if (s.run.status !== 'done' || !s.run.response.result) return;
    const previous = s.run.response;
    const block = redriveBlockOf(previous);
    if (block || !previous.redrive) {
      dispatch({ type: 'noticeShown', notice: block ?? 'This run cannot be redriven.' });
      return;
    }
    const faults = faultCheck(s);
    if (faults.errors.length) {
      dispatch({ type: 'noticeShown', notice: 'Fix the simulated faults before redriving.' });
      return;
    }
    const runId = ++runIds.current;
    // The same execution and definition; the settings (faults, mock test case) are today's.
    dispatch({ type: 'runStarted', runId, basis: { ...s.run.basis, settings: s.settings } });
    if (s.tab === 'editor') dispatch({ type: 'tabChosen', tab: 'result' });
    try {
      const response = await client.redrive(
        { key: previous.redrive.key, definitionBytes: utf8Bytes(s.definition), settings: workerSettings(s, faults) },
        {
          onStarted: () => dispatch({ type: 'runEngineStarted', runId }),
          onProgress: (progress) => dispatch({ type: 'runProgressed', runId, progress }),
        },
      );
      // A refusal shows as a problem of the redrive, with AWS's error name.
      const shown = response.refusal ? { ...response, problems: [`${response.refusal.error}: ${response.refusal.message}`] } : response;
      dispatch({ type: 'runFinished', runId, response: shown });
    } catch (e) {
      const message = e instanceof BudgetExceededError ? e.message : `The engine worker stopped with an error: ${e instanceof Error ? e.message : String(e)}`;
      dispatch({ type: 'runStopped', runId, cancelled: e instanceof CancelledError, message });
    }
  }, [client]);

  const testState = useCallback((request: TestStateInput) => client.testState(request).then((r) => r.output), [client]);

  const cancel = useCallback(() => client.cancel(), [client]);

  // A shared link reproduces its run once its definition is checked.
  useEffect(() => {
    if (!state.autoRun || !current) return;
    dispatch({ type: 'autoRunTaken' });
    void run();
  }, [state.autoRun, current, run]);

  // Ctrl/⌘+Enter anywhere in the sandbox runs it, once per press (held keys repeat; a run in progress is
  // not restarted). The editors swallow the key so it inserts no line and leaves this the only handler.
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key !== 'Enter') return;
      e.preventDefault();
      if (!e.repeat) void run();
    },
    [run],
  );

  // ------------------------------------------------------------- editing, selecting, loading
  const onDefinitionChange = useCallback((text: string) => dispatch({ type: 'definitionEdited', text }), []);
  const onInputChange = useCallback((text: string) => dispatch({ type: 'inputEdited', text }), []);
  const onCursor = useCallback((line: number, column: number) => dispatch({ type: 'cursorMoved', line, column }), []);
  const selectRange = useCallback((range: Parameters<CodeEditorHandle['selectRange']>[0]) => definitionEditor.current?.selectRange(range), []);
  const undo = useCallback(() => definitionEditor.current?.undo(), []);
  const redo = useCallback(() => definitionEditor.current?.redo(), []);

  const selectNode = useCallback((id: string) => {
    dispatch({ type: 'nodeSelected', id });
    const s = latest.current;
    const node = s.graph.model.byId.get(id);
    // A source map only points into the text it was made from.
    const map = s.validation?.text === s.definition ? s.validation.sourceMap : null;
    const range = node && map?.memberRangeOf(node.defPath);
    if (range) definitionEditor.current?.selectRange(range);
  }, []);

  const setSettings = useCallback((patch: Partial<RunSettingsState>) => dispatch({ type: 'settingsChanged', patch }), []);
  const setStep = useCallback((step: number) => dispatch({ type: 'stepChanged', step }), []);
  const setTab = useCallback((tab: PhoneTab) => dispatch({ type: 'tabChosen', tab }), []);

  const formatDocument = useCallback(async () => {
    const r = await formatText(latest.current.definition, detectFormat(latest.current.definition));
    if (r.text !== undefined) definitionEditor.current?.setText(r.text);
    dispatch({ type: 'noticeShown', notice: r.error ?? 'Formatted.' });
  }, []);

  const convert = useCallback(async () => {
    const to = detectFormat(latest.current.definition) === 'json' ? 'yaml' : 'json';
    const r = await convertText(latest.current.definition, to);
    if (r.text !== undefined) definitionEditor.current?.setText(r.text);
    dispatch({ type: 'noticeShown', notice: r.error ?? `Converted to ${to.toUpperCase()}.` });
  }, []);

  const share = useCallback(async () => {
    const s = latest.current;
    const { account, settings: st } = s;
    const shared: SharedState = {
      definition: s.definition,
      input: s.input,
      format: detectFormat(s.definition),
      type: st.type,
      seed: st.seed,
      record: st.record,
      ...(st.faults.trim() ? { faults: st.faults } : {}),
      ...(st.testCase ? { testCase: st.testCase } : {}),
      // An example of the page travels as its id; anything else as the account itself.
      ...(account.exampleId !== undefined
        ? { example: account.exampleId }
        : {
            ...(account.world ? { world: account.world as never } : {}),
            ...(account.mocks ? { mocks: account.mocks as never } : {}),
            ...(account.generatedWorld ? { generatedWorld: account.generatedWorld as never } : {}),
            ...(account.maxTransitions ? { maxTransitions: account.maxTransitions } : {}),
          }),
    };
    const h = encodeShare(shared);
    const url = `${window.location.origin}/sandbox${h}`;
    if (shareInUrl) window.history.replaceState(null, '', h);
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard permission (or an insecure origin): the link is shown to copy by hand.
    }
    dispatch({
      type: 'shared',
      url,
      notice: copied ? 'Link copied. It opens this definition, input, settings and simulated account, and runs them.' : 'Copy the link below to share this run.',
    });
  }, [shareInUrl]);

  const loadExample = useCallback(
    (id: string) => {
      const example = examples?.find((e) => e.id === id);
      if (!example) return;
      client.cancel();
      dispatch({ type: 'loaded', load: loadableFromExample(example), notice: `Loaded “${example.title}”.` });
    },
    [examples, client],
  );

  const reset = useCallback(() => {
    client.cancel();
    dispatch({ type: 'loaded', load: initial, notice: 'Back to the original definition.' });
  }, [initial, client]);

  const downloadDefinition = useCallback(() => {
    const text = latest.current.definition;
    download(detectFormat(text) === 'json' ? 'state-machine.asl.json' : 'state-machine.asl.yaml', text, 'text/plain');
  }, []);

  const downloadHistory = useCallback(() => {
    const r = latest.current.run;
    if (r.status === 'done' && r.response.result) download('execution-history.json', JSON.stringify({ events: r.response.result.events }, null, 2), 'application/json');
  }, []);

  // ------------------------------------------------------------- derived
  const faultsText = state.settings.faults;
  const checkedDefinition = state.validation?.definition;
  const faults = useMemo(() => checkFaultsAgainst(faultsText, checkedDefinition), [faultsText, checkedDefinition]);
  const response = state.run.status === 'done' ? state.run.response : undefined;
  const view = useRunView(state.graph.model, response, state.step);

  return {
    state,
    dispatch,
    definitionEditor,
    inputEditor,
    initialTexts: { definition: initial.definition, input: initial.input },
    format: detectFormat(state.definition),
    selectedId: selectedNodeId(state),
    faults,
    blocker: runBlocker(state, faults),
    staleness: staleness(state),
    testCases: mockTestCases(state),
    view,
    run,
    redrive,
    redriveBlock: response?.result && response.result.status !== 'SUCCEEDED' ? redriveBlockOf(response) : undefined,
    testState,
    cancel,
    onKeyDown,
    onDefinitionChange,
    onInputChange,
    onCursor,
    selectNode,
    setSettings,
    setStep,
    setTab,
    formatDocument,
    convert,
    share,
    loadExample,
    reset,
    downloadDefinition,
    downloadHistory,
    selectRange,
    undo,
    redo,
  };
}
