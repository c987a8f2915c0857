// The sandbox's state and every way it changes, as one pure reducer (the React docs' "Extracting state logic
// into a reducer"). The hook in use-sandbox.ts owns the effects (workers, timers, storage); the views only
// read this state and dispatch these actions.
import type { ExecutionType, StateMachineDefinition } from '../../../lib/engine/types';
import { SourceMap } from '../../../lib/engine/parse/source-map';
import { buildGraphModel, collectStateNames, type GraphModel } from '../lib/graph-model';
import type { ProgressMessage, RunResponse, ValidateResponse } from '../worker/protocol';
import type { SimulatedAccount } from '../types';
import type { RunBasis, RunSettingsState, RunState } from './run-state';

export type { RunBasis, RunSettingsState, RunState } from './run-state';

/** The panes a phone shows one at a time. */
export type PhoneTab = 'editor' | 'graph' | 'result';
export const PHONE_TABS: readonly PhoneTab[] = ['editor', 'graph', 'result'];

/** A validator answer with what it was for; its source map belongs to that text, not the current one. */
export interface Validation extends Omit<ValidateResponse, 'kind' | 'id' | 'sourceRoot'> {
  text: string;
  type: ExecutionType;
  sourceMap: SourceMap | null;
  errorCount: number;
}

/** What the graph draws; kept (same object) while edits leave the drawing unchanged. */
export interface Graph {
  key: string;
  model: GraphModel;
}

export type Selection = { by: 'node'; id: string } | { by: 'cursor'; line: number; column: number } | null;

export interface SandboxState {
  definition: string;
  input: string;
  /** Bumped whenever the texts are replaced from outside the editors (a link, an example, Reset). */
  loads: number;
  settings: RunSettingsState;
  account: SimulatedAccount;
  validation: Validation | null;
  graph: Graph;
  /** State names of the last definition that parsed (completion keeps offering them while the text is broken). */
  stateNames: string[];
  run: RunState;
  /** The timeline's position in the finished run's events. */
  step: number;
  selection: Selection;
  notice: string;
  shareUrl: string;
  tab: PhoneTab;
  /** A shared link runs as soon as its definition has been validated. */
  autoRun: boolean;
}

/** What a sandbox starts with, and what a link, an example or Reset loads. */
export interface Loadable {
  definition: string;
  input: string;
  settings: RunSettingsState;
  account: SimulatedAccount;
}

export type SandboxAction =
  | { type: 'loaded'; load: Loadable; notice: string; autoRun?: boolean }
  | { type: 'definitionEdited'; text: string }
  | { type: 'inputEdited'; text: string }
  | { type: 'settingsChanged'; patch: Partial<RunSettingsState> }
  | { type: 'validated'; response: Omit<ValidateResponse, 'kind' | 'id'>; text: string; for: ExecutionType }
  | { type: 'runStarted'; runId: number; basis: RunBasis }
  | { type: 'runEngineStarted'; runId: number }
  | { type: 'runProgressed'; runId: number; progress: ProgressMessage }
  | { type: 'runFinished'; runId: number; response: RunResponse }
  | { type: 'runStopped'; runId: number; cancelled: boolean; message: string }
  | { type: 'autoRunTaken' }
  | { type: 'stepChanged'; step: number }
  | { type: 'nodeSelected'; id: string }
  | { type: 'cursorMoved'; line: number; column: number }
  | { type: 'noticeShown'; notice: string }
  | { type: 'shared'; url: string; notice: string }
  | { type: 'tabChosen'; tab: PhoneTab };

const EMPTY_GRAPH: Graph = graphOf(undefined);

function graphOf(definition: StateMachineDefinition | undefined): Graph {
  const model = buildGraphModel(definition);
  // The drawing's identity: what it shows, not the definition's other fields (editing a Parameters value
  // must not re-run the layout).
  return { key: JSON.stringify({ nodes: model.nodes, edges: model.edges }), model };
}

export function initialState(load: Loadable): SandboxState {
  return {
    ...load,
    loads: 0,
    validation: null,
    graph: EMPTY_GRAPH,
    stateNames: [],
    run: { status: 'idle' },
    step: 0,
    selection: null,
    notice: '',
    shareUrl: '',
    tab: 'editor',
    autoRun: false,
  };
}

/** A validator answer, kept with the text and execution type it was for. */
export function toValidation(r: Omit<ValidateResponse, 'kind' | 'id'>, text: string, type: ExecutionType): Validation {
  return {
    text,
    type,
    format: r.format,
    diagnostics: r.diagnostics,
    errorCount: r.diagnostics.filter((d) => d.severity === 'error').length,
    sourceMap: r.sourceRoot ? new SourceMap(text, r.sourceRoot, r.format) : null,
    ...(r.definition ? { definition: r.definition } : {}),
  };
}

/** The definition's identity for staleness: canonical JSON when it parsed, else its text. */
export function definitionKey(validation: Validation | null, text: string): string {
  if (validation && validation.text === text && validation.definition && validation.errorCount === 0) return JSON.stringify(validation.definition);
  return `text:${text}`;
}

const currentRunId = (run: RunState) => (run.status === 'running' ? run.runId : undefined);

export function sandboxReducer(state: SandboxState, action: SandboxAction): SandboxState {
  switch (action.type) {
    case 'loaded':
      return {
        ...state,
        ...action.load,
        loads: state.loads + 1,
        // A run of the previous machine says nothing about this one.
        run: { status: 'idle' },
        step: 0,
        selection: null,
        notice: action.notice,
        shareUrl: '',
        autoRun: action.autoRun ?? false,
      };
    case 'definitionEdited':
      return action.text === state.definition ? state : { ...state, definition: action.text };
    case 'inputEdited':
      return action.text === state.input ? state : { ...state, input: action.text };
    case 'settingsChanged':
      return { ...state, settings: { ...state.settings, ...action.patch } };
    case 'validated': {
      // Answers come back in order; an answer for older text never replaces one for the current text.
      if (state.validation?.text === state.definition && action.text !== state.definition) return state;
      const r = action.response;
      const validation = toValidation(r, action.text, action.for);
      const next = graphOf(r.definition);
      return {
        ...state,
        validation,
        graph: next.key === state.graph.key ? state.graph : next,
        stateNames: r.definition ? collectStateNames(r.definition) : state.stateNames,
      };
    }
    case 'runStarted':
      return {
        ...state,
        run: { status: 'running', runId: action.runId, basis: action.basis, engineStarted: false, transitions: 0, virtualTimeMs: 0 },
        autoRun: false,
      };
    case 'runEngineStarted': {
      const run = state.run;
      if (run.status !== 'running' || run.runId !== action.runId) return state;
      return { ...state, run: { ...run, engineStarted: true } };
    }
    case 'runProgressed': {
      const run = state.run;
      if (run.status !== 'running' || run.runId !== action.runId) return state;
      const p = action.progress;
      return { ...state, run: { ...run, transitions: p.stateTransitions, virtualTimeMs: p.virtualTimeMs, ...(p.mapRun ? { mapRun: p.mapRun } : {}) } };
    }
    case 'runFinished': {
      const run = state.run;
      if (run.status !== 'running' || run.runId !== action.runId) return state;
      // The timeline starts at the last event.
      return { ...state, run: { status: 'done', response: action.response, basis: run.basis }, step: Math.max(0, (action.response.result?.events.length ?? 1) - 1) };
    }
    case 'runStopped':
      // Only the run on screen can be stopped: a run replaced by a newer one ends without a word.
      if (currentRunId(state.run) !== action.runId) return state;
      return { ...state, run: action.cancelled ? { status: 'cancelled' } : { status: 'error', message: action.message } };
    case 'autoRunTaken':
      return { ...state, autoRun: false };
    case 'stepChanged':
      return { ...state, step: action.step };
    case 'nodeSelected':
      return { ...state, selection: { by: 'node', id: action.id } };
    case 'cursorMoved':
      return { ...state, selection: { by: 'cursor', line: action.line, column: action.column } };
    case 'noticeShown':
      return { ...state, notice: action.notice };
    case 'shared':
      return { ...state, shareUrl: action.url, notice: action.notice };
    case 'tabChosen':
      return { ...state, tab: action.tab };
  }
}
