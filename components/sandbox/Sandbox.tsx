'use client';
// The sandbox: edit a definition, see its graph, run it in a Web Worker, step through what happened.
// This component holds the state; the panes below it only draw.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Diagnostic, ExecutionType } from '../../lib/engine/types';
import { SourceMap } from '../../lib/engine/parse';
import { CancelledError } from './engine-client';
import { CodeEditor, formatPath, type CodeEditorHandle } from './editor/CodeEditor';
import { GraphView } from './graph/GraphView';
import { parseFaults, toFaultSpecs } from './lib/faults';
import { buildGraphModel, collectStateNames, nodeIdForDefPath } from './lib/graph-model';
import type { ProgressMessage, RunResponse, ValidateResponse } from './lib/protocol';
import { save } from './lib/storage';
import { createBootStore, type Boot } from './lib/boot';
import { convertText, detectFormat, formatText, toText } from './lib/text-format';
import { encodeShare } from './lib/url-state';
import { ResultPanel } from './result/ResultPanel';
import { useRunView } from './result/run-view';
import { RunPanel, type RunSettingsState } from './RunPanel';
import type { SandboxExample, SandboxProps } from './types';
import { useEngine } from './use-engine';
import './sandbox.css';

const DEFAULT_DEFINITION = `{
  "Comment": "Say hello, then decide",
  "StartAt": "Hello",
  "States": {
    "Hello": { "Type": "Pass", "Result": "Hello", "ResultPath": "$.greeting", "Next": "Decide" },
    "Decide": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.name", "IsPresent": true, "Next": "Done" }],
      "Default": "NoName"
    },
    "NoName": { "Type": "Fail", "Error": "NoName", "Cause": "The input has no name" },
    "Done": { "Type": "Succeed" }
  }
}
`;

export type MapRunProgress = NonNullable<ProgressMessage['mapRun']>;

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; transitions: number; virtualTimeMs: number; startedAt: number; mapRun?: MapRunProgress }
  | { status: 'cancelled' }
  | { status: 'error'; message: string }
  | { status: 'done'; response: RunResponse };

/** A validation answer with the text it was for (the source map needs that text, not the current one). */
type Validated = ValidateResponse & { text: string };

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

/** What a run needs from the example besides the text: the simulated account and the limits. */
type ExampleContext = Pick<SandboxExample, 'mocks' | 'world' | 'generatedWorld' | 'maxTransitions'>;

function exampleContext(p: ExampleContext): ExampleContext {
  return {
    ...(p.mocks ? { mocks: p.mocks } : {}),
    ...(p.world ? { world: p.world } : {}),
    ...(p.generatedWorld ? { generatedWorld: p.generatedWorld } : {}),
    ...(p.maxTransitions ? { maxTransitions: p.maxTransitions } : {}),
  };
}

function settingsFrom(p: { type?: ExecutionType | undefined; faults?: string | undefined; testCase?: string | undefined; record?: boolean | undefined }): RunSettingsState {
  return { type: p.type ?? 'STANDARD', seed: 1, faults: p.faults ?? '', testCase: p.testCase ?? '', record: p.record ?? true };
}

export function Sandbox(props: SandboxProps) {
  const initialDefinition = toText(props.definition, DEFAULT_DEFINITION);
  const initialInput = toText(props.input, '{\n  "name": "Ada"\n}\n');
  const storageId = props.id ?? `def-${hash(initialDefinition)}`;
  const client = useEngine();

  const definitionEditor = useRef<CodeEditorHandle>(null);
  const inputEditor = useRef<CodeEditorHandle>(null);
  const text = useRef(initialDefinition);
  const inputText = useRef(initialInput);
  // What the editors start with; later text goes in through their handles (setText).
  const [initialTexts] = useState({ definition: initialDefinition, input: initialInput });
  const [language, setLanguage] = useState(detectFormat(initialDefinition));
  const [validation, setValidation] = useState<Validated | null>(null);
  // While the text does not parse, completion keeps offering the names from the last good parse.
  const [stateNames, setStateNames] = useState<string[]>([]);
  const [settings, setSettings] = useState<RunSettingsState>(() => settingsFrom(props));
  const [example, setExample] = useState<ExampleContext>(() => exampleContext(props));
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [step, setStep] = useState(0);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [notice, setNotice] = useState<string>('');
  const [shareUrl, setShareUrl] = useState<string>('');
  const autoRun = useRef(false);
  const validateTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestValidation = useRef(0);
  // Callbacks read the latest settings without being re-created (and re-subscribed) on every change.
  const settingsRef = useRef(settings);
  useEffect(() => {
    settingsRef.current = settings;
  }, [settings]);

  // ------------------------------------------------------------------ validation (debounced, in the worker)
  const validateNow = useCallback(() => {
    const ticket = ++latestValidation.current;
    const validatedText = text.current;
    client.validate(validatedText, detectFormat(validatedText), settingsRef.current.type).then(
      (r) => {
        if (ticket !== latestValidation.current) return;
        setValidation({ ...r, text: validatedText });
        const value = r.value ?? r.definition;
        if (value !== undefined) setStateNames(collectStateNames(value));
      },
      () => {},
    );
  }, [client]);

  const scheduleValidate = useCallback(() => {
    clearTimeout(validateTimer.current);
    validateTimer.current = setTimeout(validateNow, 250);
  }, [validateNow]);

  useEffect(() => {
    validateNow();
  }, [validateNow, settings.type]);

  const persist = useCallback(() => {
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => save(storageId, { definition: text.current, input: inputText.current }), 400);
  }, [storageId]);

  const onDefinitionChange = useCallback(
    (t: string) => {
      text.current = t;
      setLanguage(detectFormat(t));
      scheduleValidate();
      persist();
    },
    [scheduleValidate, persist],
  );

  // ------------------------------------------------------------------ loading: link > saved edit > props
  const load = useCallback(
    (definition: string, input: string, next?: Partial<RunSettingsState>) => {
      text.current = definition;
      inputText.current = input;
      definitionEditor.current?.setText(definition);
      inputEditor.current?.setText(input);
      setLanguage(detectFormat(definition));
      if (next) setSettings((s) => ({ ...s, ...next }));
      setRun({ status: 'idle' });
      setSelectedId(undefined);
      scheduleValidate();
    },
    [scheduleValidate],
  );

  // The link or the saved edit is read from the browser once per mount (null while the server renders and
  // while the page hydrates), then applied: settings and notice as state, the texts through the editors.
  const [bootStore] = useState(() => createBootStore({ shareInUrl: props.shareInUrl === true, storageId, initialDefinition, initialInput }));
  const boot = useSyncExternalStore(bootStore.subscribe, bootStore.get, bootStore.getServer);
  const [appliedBoot, setAppliedBoot] = useState<Boot | null>(null);
  if (boot !== appliedBoot) {
    setAppliedBoot(boot);
    if (boot) {
      if (boot.settings) setSettings((s) => ({ ...s, ...boot.settings }));
      setLanguage(detectFormat(boot.definition));
      setNotice(boot.notice);
    }
  }
  useEffect(() => {
    if (!boot) return;
    text.current = boot.definition;
    inputText.current = boot.input;
    definitionEditor.current?.setText(boot.definition);
    inputEditor.current?.setText(boot.input);
    autoRun.current = boot.autoRun;
    scheduleValidate();
  }, [boot, scheduleValidate]);

  // ------------------------------------------------------------------ graph model and editor <-> graph link
  const value = validation?.value ?? validation?.definition;
  const modelKey = useMemo(() => JSON.stringify(buildGraphModel(value), (k, v: unknown) => (k === 'byId' ? undefined : v)), [value]);
  // The model only changes when the drawing would (editing a Parameters value does not re-layout).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const model = useMemo(() => buildGraphModel(value), [modelKey]);
  // The source map belongs to the text that was validated.
  const sourceMap = useMemo(() => (validation?.sourceRoot ? new SourceMap(validation.text, validation.sourceRoot, validation.format) : null), [validation]);

  // The cursor is resolved against the newest source map, and again when a newer one arrives: right after an
  // edit (or a JSON -> YAML conversion) the map still belongs to the previous text for a moment.
  const [cursor, setCursor] = useState<{ line: number; column: number } | null>(null);
  const onCursor = useCallback((line: number, column: number) => setCursor({ line, column }), []);
  const [resolvedCursor, setResolvedCursor] = useState<{ cursor: typeof cursor; sourceMap: SourceMap | null } | null>(null);
  if (cursor && (resolvedCursor?.cursor !== cursor || resolvedCursor.sourceMap !== sourceMap)) {
    setResolvedCursor({ cursor, sourceMap });
    const id = sourceMap ? nodeIdForDefPath(sourceMap.pathAt(cursor.line, cursor.column)) : undefined;
    if (id && model.byId.has(id)) setSelectedId(id);
  }

  const onSelectNode = useCallback(
    (id: string) => {
      setSelectedId(id);
      const node = model.byId.get(id);
      const range = node && sourceMap?.memberRangeOf(node.defPath);
      if (range) definitionEditor.current?.selectRange(range);
    },
    [model, sourceMap],
  );

  const diagnostics: Diagnostic[] = validation?.diagnostics ?? [];
  const errors = diagnostics.filter((d) => d.severity === 'error');

  // ------------------------------------------------------------------ running
  const mocksTestCases = useMemo(() => {
    const machines = (example.mocks as { StateMachines?: Record<string, { TestCases?: Record<string, unknown> }> } | undefined)?.StateMachines;
    const first = machines ? Object.values(machines)[0] : undefined;
    return first?.TestCases ? Object.keys(first.TestCases) : [];
  }, [example.mocks]);

  const runNow = useCallback(async () => {
    const s = settingsRef.current;
    const faults = parseFaults(s.faults);
    if (faults.errors.length) {
      setRun({ status: 'error', message: faults.errors.map((e) => e.message).join(' ') });
      return;
    }
    setRun({ status: 'running', transitions: 0, virtualTimeMs: 0, startedAt: Date.now() });
    try {
      const response = await client.run(
        {
          text: text.current,
          format: detectFormat(text.current),
          input: inputText.current,
          settings: {
            type: s.type,
            seed: s.seed,
            record: s.record,
            ...(faults.faults.length ? { faults: toFaultSpecs(faults.faults) } : {}),
            ...(example.mocks && s.testCase ? { mockConfig: example.mocks as never, testCase: s.testCase } : {}),
            ...(example.world ? { world: example.world as never } : {}),
            ...(example.generatedWorld ? { generatedWorld: { ...example.generatedWorld } } : {}),
            ...(example.maxTransitions ? { maxTransitions: example.maxTransitions } : {}),
          },
        },
        (p) =>
          setRun((r) =>
            r.status === 'running' ? { ...r, transitions: p.stateTransitions, virtualTimeMs: p.virtualTimeMs, ...(p.mapRun ? { mapRun: p.mapRun } : {}) } : r,
          ),
      );
      setRun({ status: 'done', response });
      // The timeline starts at the last event.
      setStep(Math.max(0, (response.result?.events.length ?? 1) - 1));
    } catch (e) {
      if (e instanceof CancelledError) setRun({ status: 'cancelled' });
      else setRun({ status: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, [client, example]);

  const cancel = useCallback(() => client.cancel(), [client]);

  // A shared link reproduces its run as soon as the engine is ready.
  useEffect(() => {
    if (validation && autoRun.current) {
      autoRun.current = false;
      void runNow();
    }
  }, [client, validation, runNow]);

  // ------------------------------------------------------------------ toolbar actions
  const formatDocument = useCallback(async () => {
    const r = await formatText(text.current, detectFormat(text.current));
    if (r.text !== undefined) definitionEditor.current?.setText(r.text);
    setNotice(r.error ?? 'Formatted.');
  }, []);

  const convert = useCallback(async () => {
    const to = detectFormat(text.current) === 'json' ? 'yaml' : 'json';
    const r = await convertText(text.current, to);
    if (r.text !== undefined) definitionEditor.current?.setText(r.text);
    setNotice(r.error ?? `Converted to ${to.toUpperCase()}.`);
  }, []);

  const share = useCallback(async () => {
    const s = settingsRef.current;
    const h = encodeShare({
      definition: text.current,
      input: inputText.current,
      format: detectFormat(text.current),
      type: s.type,
      seed: s.seed,
      ...(s.faults ? { faults: s.faults } : {}),
      ...(s.testCase ? { testCase: s.testCase } : {}),
    });
    const url = `${window.location.origin}${window.location.pathname.startsWith('/sandbox') ? window.location.pathname : '/sandbox'}${h}`;
    if (props.shareInUrl) window.history.replaceState(null, '', h);
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      setNotice('Link copied. It opens this definition, input and settings and runs them.');
    } catch {
      setNotice('Copy the link below to share this run.');
    }
  }, [props.shareInUrl]);

  const loadExample = useCallback(
    (id: string) => {
      const ex = props.examples?.find((e) => e.id === id);
      if (!ex) return;
      setExample(exampleContext(ex));
      load(toText(ex.definition, ''), toText(ex.input, '{}\n'), settingsFrom(ex));
      setNotice(`Loaded “${ex.title}”.`);
    },
    [props.examples, load],
  );

  const reset = useCallback(() => {
    load(initialDefinition, initialInput, settingsFrom(props));
    setNotice('Back to the original definition.');
  }, [load, initialDefinition, initialInput, props]);

  const response = run.status === 'done' ? run.response : undefined;
  const view = useRunView(model, response, step);

  return (
    <section
      className="sb-root"
      aria-label={props.title ?? 'State machine sandbox'}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
          e.preventDefault();
          void runNow();
        }
      }}
    >
      <div className="sb-grid sb-grid-2">
        <div className="sb-panel">
          <div className="sb-toolbar">
            <h2 className="sb-h2" style={{ margin: 0 }}>
              Definition <span className="sb-hint">({language.toUpperCase()})</span>
            </h2>
            <span className="sb-spacer" />
            {props.examples && props.examples.length > 0 && (
              <label className="sb-field" style={{ gridAutoFlow: 'column', alignItems: 'center' }}>
                <span>Example</span>
                <select defaultValue="" onChange={(e) => e.target.value && loadExample(e.target.value)}>
                  <option value="">Load an example…</option>
                  {props.examples.map((ex) => (
                    <option key={ex.id} value={ex.id}>
                      {ex.title}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <div className="sb-toolbar" role="toolbar" aria-label="Definition tools">
            <button type="button" className="sb-btn sb-btn-small" onClick={() => definitionEditor.current?.undo()}>
              Undo
            </button>
            <button type="button" className="sb-btn sb-btn-small" onClick={() => definitionEditor.current?.redo()}>
              Redo
            </button>
            <button type="button" className="sb-btn sb-btn-small" onClick={() => void formatDocument()} title="Shift+Alt+F">
              Format
            </button>
            <button type="button" className="sb-btn sb-btn-small" onClick={() => void convert()}>
              Convert to {language === 'json' ? 'YAML' : 'JSON'}
            </button>
            <button type="button" className="sb-btn sb-btn-small" onClick={() => void share()}>
              Share link
            </button>
            <button type="button" className="sb-btn sb-btn-small" onClick={() => download(language === 'json' ? 'state-machine.asl.json' : 'state-machine.asl.yaml', text.current, 'text/plain')}>
              Download definition
            </button>
            <button type="button" className="sb-btn sb-btn-small" onClick={reset}>
              Reset
            </button>
          </div>
          <CodeEditor
            ref={definitionEditor}
            initialText={initialTexts.definition}
            language={language}
            label="State machine definition"
            onChange={onDefinitionChange}
            onCursor={onCursor}
            diagnostics={diagnostics}
            stateNames={stateNames}
            onModEnter={() => void runNow()}
            onFormat={() => void formatDocument()}
            minHeight="20rem"
            maxHeight="34rem"
          />
          <div className="sb-diag-summary" aria-live="polite">
            {validation === null ? (
              <span className="sb-hint">Checking…</span>
            ) : errors.length === 0 ? (
              <span className="sb-hint">
                No problems found{diagnostics.length ? ` (${diagnostics.length} note${diagnostics.length === 1 ? '' : 's'})` : ''}.
              </span>
            ) : (
              <>
                <strong className="sb-error">
                  {errors.length} problem{errors.length === 1 ? '' : 's'}
                </strong>
                <ul>
                  {errors.slice(0, 8).map((d, i) => (
                    <li key={i}>
                      <button type="button" onClick={() => definitionEditor.current?.selectRange(d.range)}>
                        Line {d.range.start.line}: {d.message} <span className="sb-hint">(at {formatPath(d.path)})</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          {notice && (
            <p className="sb-hint" role="status">
              {notice}
            </p>
          )}
          {shareUrl && (
            <label className="sb-field">
              Share link
              <input className="sb-share-url" readOnly value={shareUrl} onFocus={(e) => e.target.select()} />
            </label>
          )}
        </div>
        <div className="sb-panel">
          <h2 className="sb-h2">Graph</h2>
          <GraphView model={model} outcomes={view.outcomes} selectedId={selectedId} activeId={view.activeId} onSelect={onSelectNode} />
        </div>
      </div>
      <RunPanel
        inputEditorRef={inputEditor}
        initialInput={initialTexts.input}
        onInputChange={(t) => {
          inputText.current = t;
          persist();
        }}
        settings={settings}
        onSettings={setSettings}
        testCases={mocksTestCases}
        stateNames={stateNames}
        run={run}
        canRun={errors.length === 0 && validation !== null}
        onRun={() => void runNow()}
        onCancel={cancel}
      />
      <ResultPanel
        run={run}
        view={view}
        step={step}
        onStep={setStep}
        selectedLabel={selectedId ? model.byId.get(selectedId)?.label : undefined}
        selectedVisits={selectedId ? (view.visitsByNode.get(selectedId) ?? []) : []}
        onDownloadHistory={() => response?.result && download('execution-history.json', JSON.stringify({ events: response.result.events }, null, 2), 'application/json')}
      />
    </section>
  );
}

