// The scenario workbench's state in one reducer: the editor's validation, the visible cases run in the
// browser, which case's history is open and at which event. The server's verdict lives in the submit form's
// action state (useActionState), not here.
import type { Verdict } from '../../lib/grading/types';
import type { ValidateResponse } from '../sandbox/worker/protocol';

export type Validated = ValidateResponse & { text: string };

export type LocalRun =
  | { status: 'idle' }
  | { status: 'running'; startedAt: number }
  | { status: 'done'; verdict: Verdict; text: string }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export interface WorkbenchState {
  validation: Validated | null;
  /** State names from the last definition that parsed, for completion while the text is broken. */
  stateNames: string[];
  local: LocalRun;
  /** Index (in local.verdict.cases) of the case whose run the graph shows. */
  openCase: number | null;
  /** The open case's history table is shown. */
  historyOpen: boolean;
  /** Event index of the open case's timeline. */
  step: number;
  /** The definition changed since the visible cases last ran. */
  stale: boolean;
  notice: string;
}

export type WorkbenchAction =
  | { type: 'validated'; validation: Validated; stateNames?: string[] }
  | { type: 'edited' }
  | { type: 'run-started'; at: number }
  | { type: 'run-finished'; verdict: Verdict; text: string }
  | { type: 'run-failed'; message: string }
  | { type: 'run-cancelled' }
  | { type: 'history-toggled'; index: number }
  | { type: 'step'; step: number }
  | { type: 'notice'; message: string };

export const initialWorkbenchState: WorkbenchState = {
  validation: null,
  stateNames: [],
  local: { status: 'idle' },
  openCase: null,
  historyOpen: false,
  step: 0,
  stale: false,
  notice: '',
};

function lastEvent(verdict: Verdict, index: number): number {
  return Math.max(0, (verdict.cases[index]?.run?.events.length ?? 1) - 1);
}

export function workbenchReducer(state: WorkbenchState, action: WorkbenchAction): WorkbenchState {
  switch (action.type) {
    case 'validated':
      return { ...state, validation: action.validation, stateNames: action.stateNames ?? state.stateNames };
    case 'edited':
      return state.local.status === 'done' && !state.stale ? { ...state, stale: true } : state;
    case 'run-started':
      return { ...state, local: { status: 'running', startedAt: action.at }, notice: '' };
    case 'run-finished': {
      // The graph shows the first failing case's run; its history is one click away.
      const failing = action.verdict.cases.findIndex((c) => !c.passed && c.run !== undefined);
      const open = failing >= 0 ? failing : null;
      return {
        ...state,
        local: { status: 'done', verdict: action.verdict, text: action.text },
        openCase: open,
        historyOpen: false,
        step: open === null ? 0 : lastEvent(action.verdict, open),
        stale: false,
      };
    }
    case 'run-failed':
      return { ...state, local: { status: 'error', message: action.message } };
    case 'run-cancelled':
      return { ...state, local: { status: 'cancelled' } };
    case 'history-toggled': {
      if (state.local.status !== 'done' || state.local.verdict.cases[action.index]?.run === undefined) return state;
      if (state.openCase === action.index && state.historyOpen) return { ...state, historyOpen: false };
      return { ...state, openCase: action.index, historyOpen: true, step: lastEvent(state.local.verdict, action.index) };
    }
    case 'step':
      return { ...state, step: action.step };
    case 'notice':
      return { ...state, notice: action.message };
  }
}
