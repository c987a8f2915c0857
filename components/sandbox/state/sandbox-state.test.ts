import { describe, expect, it } from 'vitest';
import { validateRequest } from '../worker/core';
import type { RunResponse } from '../worker/protocol';
import { definitionKey, initialState, sandboxReducer, type Loadable, type SandboxAction, type SandboxState } from './sandbox-state';
import { faultCheck, runBlocker, selectedNodeId, staleness, validationIsCurrent } from './selectors';

const machine = (next = 'B') =>
  JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Result: 1, Next: next }, B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } }, null, 2);

const load: Loadable = {
  definition: machine(),
  input: '{}',
  settings: { type: 'STANDARD', seed: 1, faults: '', testCase: '', record: true },
  account: {},
};

const reduce = (state: SandboxState, ...actions: SandboxAction[]) => actions.reduce(sandboxReducer, state);

/** The validator's real answer for the state's current text, as the worker would send it. */
const validated = (state: SandboxState): SandboxAction => {
  const { kind: _k, id: _i, ...response } = validateRequest({ kind: 'validate', id: 1, text: state.definition, type: state.settings.type });
  return { type: 'validated', response, text: state.definition, for: state.settings.type };
};

const response = (events = 3): RunResponse => ({
  kind: 'result',
  id: 1,
  wallMs: 2,
  result: { status: 'SUCCEEDED', events: Array.from({ length: events }, (_, i) => ({ id: i + 1, previousEventId: i, timestamp: '', type: 'X' })), billing: { stateTransitions: 2, durationMs: 0, historyEvents: events, transitionsByState: {} } },
});

function ranOnce(): SandboxState {
  let s = initialState(load);
  s = reduce(s, validated(s));
  const basis = { definitionKey: definitionKey(s.validation, s.definition), input: s.input, settings: s.settings };
  return reduce(s, { type: 'runStarted', runId: 1, basis }, { type: 'runFinished', runId: 1, response: response() });
}

describe('sandboxReducer', () => {
  it('validation builds the graph once per drawing: editing a value keeps the same model', () => {
    let s = initialState(load);
    expect(runBlocker(s, faultCheck(s))).toBe('checking');
    s = reduce(s, validated(s));
    expect(validationIsCurrent(s)).toBe(true);
    expect([...s.graph.model.byId.keys()]).toEqual(['A', 'B']);
    const model = s.graph.model;
    s = reduce(s, { type: 'definitionEdited', text: s.definition.replace('"Result": 1', '"Result": 2') });
    expect(validationIsCurrent(s)).toBe(false);
    s = reduce(s, validated(s));
    expect(s.graph.model).toBe(model);
  });

  it('keeps the last good state names while the text does not parse', () => {
    let s = initialState(load);
    s = reduce(s, validated(s));
    s = reduce(s, { type: 'definitionEdited', text: '{ "StartAt": ' });
    s = reduce(s, validated(s));
    expect(s.validation?.errorCount).toBeGreaterThan(0);
    expect(s.stateNames).toEqual(['A', 'B']);
    expect(runBlocker(s, faultCheck(s))).toBe('definition');
  });

  it('never lets an answer for older text replace the answer for the current text', () => {
    let s = initialState(load);
    const old = validated(s);
    s = reduce(s, { type: 'definitionEdited', text: machine('A') });
    s = reduce(s, validated(s));
    const current = s.validation;
    s = reduce(s, old);
    expect(s.validation).toBe(current);
  });

  it('a run ends on its last event; progress and endings of any other run are ignored', () => {
    let s = initialState(load);
    s = reduce(s, validated(s));
    const basis = { definitionKey: 'k', input: '{}', settings: s.settings };
    s = reduce(s, { type: 'runStarted', runId: 2, basis });
    // 'Starting the engine…' until the worker says it began this run (not an older one's late word).
    expect(s.run).toMatchObject({ status: 'running', engineStarted: false });
    s = reduce(s, { type: 'runEngineStarted', runId: 1 });
    expect(s.run).toMatchObject({ engineStarted: false });
    s = reduce(s, { type: 'runEngineStarted', runId: 2 });
    expect(s.run).toMatchObject({ engineStarted: true });
    s = reduce(s, { type: 'runProgressed', runId: 1, progress: { kind: 'progress', id: 9, stateTransitions: 99, virtualTimeMs: 0 } });
    expect(s.run).toMatchObject({ status: 'running', transitions: 0 });
    s = reduce(s, { type: 'runProgressed', runId: 2, progress: { kind: 'progress', id: 9, stateTransitions: 5, virtualTimeMs: 0 } });
    expect(s.run).toMatchObject({ status: 'running', transitions: 5 });
    // The first run being cancelled (replaced) says nothing: no "Run cancelled." flashes by.
    s = reduce(s, { type: 'runStopped', runId: 1, cancelled: true, message: '' });
    expect(s.run.status).toBe('running');
    s = reduce(s, { type: 'runFinished', runId: 2, response: response(4) });
    expect(s.run.status).toBe('done');
    expect(s.step).toBe(3);
  });

  it('a budget stop reads as what happened, a cancel as a cancel', () => {
    let s = initialState(load);
    const basis = { definitionKey: 'k', input: '{}', settings: s.settings };
    s = reduce(s, { type: 'runStarted', runId: 1, basis }, { type: 'runStopped', runId: 1, cancelled: false, message: 'The run was stopped after 120 s.' });
    expect(s.run).toEqual({ status: 'error', message: 'The run was stopped after 120 s.' });
    s = reduce(s, { type: 'runStarted', runId: 2, basis }, { type: 'runStopped', runId: 2, cancelled: true, message: '' });
    expect(s.run).toEqual({ status: 'cancelled' });
  });

  it('loading an example or a link replaces texts, settings and account, and forgets the old run', () => {
    const s = reduce(ranOnce(), {
      type: 'loaded',
      load: { ...load, definition: 'X', account: { exampleId: 'e', world: {} } },
      notice: 'Loaded.',
      autoRun: true,
    });
    expect(s).toMatchObject({ definition: 'X', loads: 1, run: { status: 'idle' }, step: 0, autoRun: true, notice: 'Loaded.', account: { exampleId: 'e' } });
  });
});

describe('staleness', () => {
  it('is nothing right after a run', () => {
    expect(staleness(ranOnce())).toBeNull();
  });

  it('marks the results once a changed definition has been checked, and when it no longer validates', () => {
    let s = ranOnce();
    s = reduce(s, { type: 'definitionEdited', text: machine('A') });
    // Not yet checked: the mark waits for the validator rather than flickering while typing.
    expect(staleness(s)).toBeNull();
    s = reduce(s, validated(s));
    expect(staleness(s)).toBe('definition');
    s = reduce(s, { type: 'definitionEdited', text: '{ broken' });
    s = reduce(s, validated(s));
    expect(staleness(s)).toBe('definition');
  });

  it('does not mark results after Format or a conversion to YAML (same definition, new text)', () => {
    let s = ranOnce();
    s = reduce(s, { type: 'definitionEdited', text: JSON.stringify(JSON.parse(s.definition)) });
    s = reduce(s, validated(s));
    expect(staleness(s)).toBeNull();
    s = reduce(s, { type: 'definitionEdited', text: 'StartAt: A\nStates:\n  A: {Type: Pass, Result: 1, Next: B}\n  B: {Type: Task, Resource: "arn:aws:states:::lambda:invoke", End: true}\n' });
    s = reduce(s, validated(s));
    expect(s.validation?.format).toBe('yaml');
    expect(staleness(s)).toBeNull();
  });

  it('marks results of another input or other settings', () => {
    expect(staleness(reduce(ranOnce(), { type: 'inputEdited', text: '{"a": 1}' }))).toBe('input');
    expect(staleness(reduce(ranOnce(), { type: 'settingsChanged', patch: { seed: 9 } }))).toBe('settings');
  });
});

describe('faults and Run', () => {
  it('a fault on a state the definition lacks, or a line that does not parse, disables Run', () => {
    let s = initialState(load);
    s = reduce(s, validated(s));
    expect(runBlocker(s, faultCheck(s))).toBeNull();
    s = reduce(s, { type: 'settingsChanged', patch: { faults: 'fail NoSuchState 2 times with Boom' } });
    expect(faultCheck(s).errors[0]?.message).toMatch(/no state named "NoSuchState"/);
    expect(runBlocker(s, faultCheck(s))).toBe('faults');
    s = reduce(s, { type: 'settingsChanged', patch: { faults: 'fail B twice' } });
    expect(runBlocker(s, faultCheck(s))).toBe('faults');
    s = reduce(s, { type: 'settingsChanged', patch: { faults: 'fail B twice with Boom' } });
    expect(runBlocker(s, faultCheck(s))).toBeNull();
  });
});

describe('selectedNodeId', () => {
  it('follows the cursor into a state, and a click on a node', () => {
    let s = initialState(load);
    s = reduce(s, validated(s));
    const line = s.definition.split('\n').findIndex((l) => l.includes('"Task"')) + 1;
    s = reduce(s, { type: 'cursorMoved', line, column: 12 });
    expect(selectedNodeId(s)).toBe('B');
    s = reduce(s, { type: 'nodeSelected', id: 'A' });
    expect(selectedNodeId(s)).toBe('A');
    s = reduce(s, { type: 'nodeSelected', id: 'Gone' });
    expect(selectedNodeId(s)).toBeUndefined();
  });
});
