import { describe, expect, it } from 'vitest';
import type { ExecutionResult } from '../../lib/engine/types';
import type { Verdict } from '../../lib/grading/types';
import { initialWorkbenchState, workbenchReducer, type WorkbenchAction, type WorkbenchState } from './workbench-state';

const run = (events: number): ExecutionResult =>
  ({ status: 'FAILED', events: Array.from({ length: events }, (_, i) => ({ id: i + 1, previousEventId: i, timestamp: '', type: 'X' })), billing: { stateTransitions: 1, durationMs: 0, historyEvents: events } }) as ExecutionResult;

const verdict: Verdict = {
  scenario: 's',
  passed: false,
  score: 50,
  ms: 3,
  cases: [
    { name: 'ok', visible: true, passed: true, feedback: '', checks: [], run: run(4) },
    { name: 'bad', visible: true, passed: false, feedback: '', checks: [], run: run(9) },
  ],
};

const apply = (...actions: WorkbenchAction[]): WorkbenchState => actions.reduce(workbenchReducer, initialWorkbenchState);

describe('workbench state', () => {
  it('after a run, shows the first failing case on the graph at its last event, history closed', () => {
    const s = apply({ type: 'run-started', at: 1 }, { type: 'run-finished', verdict, text: 'x' });
    expect(s).toMatchObject({ openCase: 1, historyOpen: false, step: 8, stale: false, local: { status: 'done' } });
  });

  it('toggles a case’s history, moving the graph to that case', () => {
    let s = apply({ type: 'run-finished', verdict, text: 'x' }, { type: 'history-toggled', index: 0 });
    expect(s).toMatchObject({ openCase: 0, historyOpen: true, step: 3 });
    s = workbenchReducer(s, { type: 'history-toggled', index: 0 });
    expect(s).toMatchObject({ openCase: 0, historyOpen: false });
    expect(workbenchReducer(initialWorkbenchState, { type: 'history-toggled', index: 0 })).toBe(initialWorkbenchState);
  });

  it('marks the results stale after an edit, and fresh after the next run', () => {
    let s = apply({ type: 'edited' });
    expect(s.stale).toBe(false);
    s = apply({ type: 'run-finished', verdict, text: 'x' }, { type: 'edited' });
    expect(s.stale).toBe(true);
    expect(workbenchReducer(s, { type: 'run-finished', verdict, text: 'y' }).stale).toBe(false);
  });

  it('keeps the last good state names when a validation brings none', () => {
    const validation = { kind: 'validated' as const, id: 1, format: 'json' as const, diagnostics: [], text: '{' };
    const s = apply({ type: 'validated', validation, stateNames: ['A'] }, { type: 'validated', validation });
    expect(s.stateNames).toEqual(['A']);
  });
});
