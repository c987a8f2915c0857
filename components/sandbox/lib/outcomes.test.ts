import { describe, expect, it } from 'vitest';
import type { HistoryEvent, StateTrace } from '../../../lib/engine/types';
import { buildGraphModel } from './graph-model';
import { nameResolver, outcomesFromHistory, outcomesFromTrace, withChildOutcomes } from './outcomes';
import type { ExecutionResult } from '../../../lib/engine/types';

let nextId = 1;
const ev = (type: string, extra: Record<string, unknown> = {}): HistoryEvent => ({
  id: nextId,
  previousEventId: nextId++ - 1,
  timestamp: '2024-01-01T00:00:00.000Z',
  type,
  ...extra,
});
const entered = (type: string, name: string) => ev(`${type}StateEntered`, { stateEnteredEventDetails: { name, input: '{}' } });
const exited = (type: string, name: string) => ev(`${type}StateExited`, { stateExitedEventDetails: { name, output: '{}' } });

const definition = {
  StartAt: 'Glue',
  States: {
    Glue: { Type: 'Task', Resource: 'x', Retry: [{ ErrorEquals: ['States.ALL'] }], Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Notify' }], Next: 'Done' },
    Notify: { Type: 'Pass', Next: 'Done' },
    Done: { Type: 'Succeed' },
    Never: { Type: 'Pass', End: true },
  },
};
const model = buildGraphModel(definition);
const resolve = nameResolver(model.byId);

describe('outcomesFromHistory', () => {
  nextId = 1;
  const events = [
    ev('ExecutionStarted'),
    entered('Task', 'Glue'),
    ev('TaskScheduled'),
    ev('TaskStarted'),
    ev('TaskFailed'),
    ev('TaskScheduled'),
    ev('TaskStarted'),
    ev('TaskFailed'),
    exited('Task', 'Glue'),
    entered('Pass', 'Notify'),
    exited('Pass', 'Notify'),
    entered('Succeed', 'Done'),
    exited('Succeed', 'Done'),
    ev('ExecutionSucceeded'),
  ];

  it('sees a retried then caught task as caught with one retry', () => {
    const o = outcomesFromHistory(events, events.length, resolve);
    expect(o.get('Glue')).toEqual({ outcome: 'caught', visits: 1, retries: 1 });
    expect(o.get('Notify')?.outcome).toBe('succeeded');
    expect(o.has('Never')).toBe(false);
  });

  it('follows a prefix of the history for the timeline', () => {
    expect(outcomesFromHistory(events, 4, resolve).get('Glue')?.outcome).toBe('running');
    expect(outcomesFromHistory(events, 9, resolve).get('Glue')?.outcome).toBe('caught');
    expect(outcomesFromHistory(events, 9, resolve).has('Notify')).toBe(false);
  });

  it('marks the open state failed when the execution fails, and a retried success as retried', () => {
    nextId = 1;
    const failing = [ev('ExecutionStarted'), entered('Task', 'Glue'), ev('TaskScheduled'), ev('TaskFailed'), ev('ExecutionFailed')];
    expect(outcomesFromHistory(failing, failing.length, resolve).get('Glue')?.outcome).toBe('failed');
    nextId = 1;
    const retried = [ev('ExecutionStarted'), entered('Task', 'Glue'), ev('TaskScheduled'), ev('TaskFailed'), ev('TaskScheduled'), ev('TaskSucceeded'), exited('Task', 'Glue')];
    expect(outcomesFromHistory(retried, retried.length, resolve).get('Glue')).toEqual({ outcome: 'retried', visits: 1, retries: 1 });
  });

  it('treats a repeated MapStateStarted as a Map retry and a Fail state as failed', () => {
    const m = buildGraphModel({
      StartAt: 'M',
      States: { M: { Type: 'Map', Iterator: { StartAt: 'F', States: { F: { Type: 'Fail' } } }, End: true } },
    });
    nextId = 1;
    const events2 = [
      ev('ExecutionStarted'),
      entered('Map', 'M'),
      ev('MapStateStarted'),
      ev('MapIterationStarted'),
      entered('Fail', 'F'),
      ev('MapIterationFailed'),
      ev('MapStateStarted'),
      ev('MapIterationStarted'),
      entered('Fail', 'F'),
      ev('MapIterationFailed'),
      ev('MapStateFailed'),
      ev('ExecutionFailed'),
    ];
    const o = outcomesFromHistory(events2, events2.length, nameResolver(m.byId));
    expect(o.get('M')).toEqual({ outcome: 'failed', visits: 1, retries: 1 });
    expect(o.get('M/F')).toEqual({ outcome: 'failed', visits: 2, retries: 0 });
  });
});

describe('outcomesFromTrace', () => {
  it('folds map iterations and keeps the most notable outcome', () => {
    const m = buildGraphModel({
      StartAt: 'M',
      States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'x', End: true } } }, End: true } },
    });
    const t = (path: (string | number)[], outcome: StateTrace['outcome'], retries = 0): StateTrace => ({
      stateName: String(path.at(-1)),
      stateType: 'Task',
      path,
      input: null,
      outcome,
      retries,
    });
    const o = outcomesFromTrace([t(['M', 0, 'T'], 'succeeded'), t(['M', 1, 'T'], 'succeeded', 2), t(['M'], 'succeeded')], m.byId);
    expect(o.get('M/T')).toEqual({ outcome: 'retried', visits: 2, retries: 2 });
    expect(o.get('M')?.outcome).toBe('succeeded');
  });
});

describe('withChildOutcomes', () => {
  const dmap = buildGraphModel({
    StartAt: 'Each',
    States: {
      Each: {
        Type: 'Map',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
          StartAt: 'Check',
          States: {
            Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 0, Next: 'Ok' }], Default: 'Bad' },
            Ok: { Type: 'Succeed' },
            Bad: { Type: 'Fail', Error: 'E' },
          },
        },
        End: true,
      },
    },
  });
  const result = {
    status: 'SUCCEEDED',
    events: [],
    billing: {
      stateTransitions: 1,
      durationMs: 0,
      historyEvents: 2,
      transitionsByState: { Each: 1 },
      childExecutions: [{ mapStateName: 'Each', type: 'EXPRESS', count: 10, transitionsByState: { Check: 10, Ok: 9, Bad: 1 } }],
    },
    mapRuns: [{ stateName: 'Each' }],
  } as unknown as ExecutionResult;

  it('colours the states inside a Distributed Map from what the child executions did', () => {
    const out = withChildOutcomes(new Map([['Each', { outcome: 'succeeded', visits: 1, retries: 0 }]]), result, dmap.byId);
    expect(out.get('Each')).toEqual({ outcome: 'succeeded', visits: 1, retries: 0 });
    expect(out.get('Each/Check')).toEqual({ outcome: 'succeeded', visits: 10, retries: 0 });
    expect(out.get('Each/Ok')).toEqual({ outcome: 'succeeded', visits: 9, retries: 0 });
    expect(out.get('Each/Bad')).toEqual({ outcome: 'failed', visits: 1, retries: 0 });
  });
  it('leaves states no child entered uncoloured, and keeps outcomes already known', () => {
    const none = { ...result, billing: { ...result.billing, childExecutions: [{ mapStateName: 'Each', type: 'EXPRESS', count: 10, transitionsByState: { Check: 10, Ok: 10 } }] } } as ExecutionResult;
    const known = new Map([['Each/Ok', { outcome: 'retried' as const, visits: 2, retries: 1 }]]);
    const out = withChildOutcomes(known, none, dmap.byId);
    expect(out.has('Each/Bad')).toBe(false);
    expect(out.get('Each/Ok')).toEqual({ outcome: 'retried', visits: 2, retries: 1 });
  });
});
