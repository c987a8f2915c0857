import { describe, expect, it } from 'vitest';
import { isBudgetStop } from '../../../lib/engine';
import type { RunRequest, WorkerResponse } from './protocol';
import { parseInput, runRequest, throttledProgress, validateRequest } from './core';

const machineObject = 
  {
    StartAt: 'Glue',
    States: {
      Glue: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'convert', 'Payload.$': '$' },
        Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 1, IntervalSeconds: 1 }],
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Recover' }],
        End: true,
      },
      Recover: { Type: 'Pass', End: true },
    },
  };


/** A run request for a definition object, as the page sends one after validating it. */
const runOf = (id: number, definition: object, input: string, settings: RunRequest['settings']): RunRequest => ({
  kind: 'run',
  id,
  definition: definition as RunRequest['definition'],
  definitionBytes: JSON.stringify(definition).length,
  input,
  settings,
});

describe('validateRequest', () => {
  it('reports a missing transition target with its path and where it is', () => {
    const text = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Nowhere" }\n  }\n}';
    const r = validateRequest({ kind: 'validate', id: 1, text, type: 'STANDARD' });
    expect(r.diagnostics.some((x) => x.severity === 'error')).toBe(true);
    const d = r.diagnostics.find((x) => x.path.join('.') === 'States.A.Next');
    expect(d).toBeDefined();
    expect(d!.range.start.line).toBe(4);
    // The definition is still there for the graph, with its source offsets, and all of it is plain data.
    expect(r.definition).toMatchObject({ StartAt: 'A' });
    expect(r.sourceRoot?.children?.get('States')).toBeDefined();
    expect(structuredClone(r)).toEqual(r);
  });
  it('detects YAML', () => {
    const r = validateRequest({ kind: 'validate', id: 2, text: 'StartAt: A\nStates:\n  A:\n    Type: Succeed\n', type: 'STANDARD' });
    expect(r.format).toBe('yaml');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.definition?.StartAt).toBe('A');
  });
});

describe('runRequest', () => {
  it('runs with faults: a retry, then the error is caught, with trace, progress and a bill', async () => {
    const posted: WorkerResponse[] = [];
    const r = await runRequest(
      runOf(3, machineObject, '{"file": "a.csv"}', {
        type: 'STANDARD',
        record: true,
        faults: [{ state: 'Glue', invocations: '0-1', throw: { Error: 'Boom', Cause: 'disk full' } }],
        world: { lambda: { functions: {} } },
      }),
      (m) => posted.push(m),
    );
    expect(r.problems).toBeUndefined();
    expect(r.result?.status).toBe('SUCCEEDED');
    expect(r.result?.output).toEqual({ Error: 'Boom', Cause: 'disk full' });
    expect(r.result?.events.filter((e) => e.type === 'TaskFailed')).toHaveLength(2);
    const glue = r.result?.trace?.find((t) => t.stateName === 'Glue');
    expect(glue).toMatchObject({ outcome: 'caught', retries: 1 });
    expect(r.bill?.stateTransitions).toBe(r.result?.billing.stateTransitions);
    expect(r.bill?.totalUsd).toBeGreaterThan(0);
  });

  it('refuses input that is not JSON, saying why', async () => {
    const badInput = await runRequest(runOf(5, machineObject, '{oops', { type: 'STANDARD', record: true }), () => {});
    expect(badInput.problems?.[0]).toMatch(/input is not valid JSON/);
    expect(parseInput('  ')).toEqual({ value: {} });
  });

  it('reports progress during a long run', async () => {
    const loop = {
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Result: 0, ResultPath: '$.i', Next: 'Inc' },
        Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: 20000, Next: 'Inc' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    };
    const posted: WorkerResponse[] = [];
    const r = await runRequest(runOf(6, loop, '{}', { type: 'EXPRESS', record: false, maxTransitions: 100000 }), (m) => posted.push(m));
    expect(r.result?.status).toBe('SUCCEEDED');
    expect(r.result?.billing.stateTransitions).toBe(40002);
    const progress = posted.filter((m) => m.kind === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatchObject({ id: 6 });
    expect(r.bill?.workflowType).toBe('EXPRESS');
  }, 60000);
});

describe('runRequest with a generated world', () => {
  it('runs the million-item example over a smaller generated file: Map Run progress, summary and a bill with the children', async () => {
    const { millionDefinition } = await import('../examples');
    const posted: WorkerResponse[] = [];
    const r = await runRequest(
      runOf(7, millionDefinition, '{}', {
        type: 'STANDARD',
        record: true,
        generatedWorld: { kind: 'million-items', bucket: 'example-orders', key: 'orders-1m.json', count: 10_000 },
      }),
      (m) => posted.push(m),
    );
    expect(r.problems).toBeUndefined();
    expect(r.result?.status).toBe('SUCCEEDED');
    const run = r.result?.mapRuns?.[0];
    expect(run).toMatchObject({ stateName: 'CheckOrders', executionType: 'EXPRESS', status: 'SUCCEEDED' });
    expect(run?.itemCounts).toMatchObject({ succeeded: 10_000, failed: 0, pending: 0, total: 10_000 });
    expect(run?.executionCounts.total).toBe(10_000);
    expect(run?.childHistoriesKept).toBe(run?.childHistoriesLimit);
    const progress = posted.find((m) => m.kind === 'progress' && m.mapRun !== undefined);
    expect(progress).toMatchObject({ id: 7, mapRun: { stateName: 'CheckOrders', totalItems: 10_000 } });
    expect(r.bill?.children).toHaveLength(1);
    expect(r.bill?.children[0]).toMatchObject({ mapStateName: 'CheckOrders', type: 'EXPRESS', count: 10_000 });
    // The bill is more than the parent's few transitions: the children's requests are in it.
    expect(r.bill?.lines.length).toBeGreaterThan(1);
  }, 60000);

  it('refuses a generated world it does not know, saying which field', async () => {
    const r = await runRequest(runOf(8, machineObject, '{}', { type: 'STANDARD', record: true, generatedWorld: { kind: 'nope' } as never }), () => {});
    expect(r.problems?.[0]).toMatch(/generatedWorld\.kind/);
  });
});

describe('throttledProgress', () => {
  it('forwards Map Run progress and drops reports closer than 100 ms apart', () => {
    const posted: WorkerResponse[] = [];
    let now = 1000;
    const report = throttledProgress(9, (m) => posted.push(m), () => now);
    report({ stateTransitions: 1, virtualTimeMs: 5, mapRun: { stateName: 'M', itemsProcessed: 4096, totalItems: 10_000 } });
    now += 50;
    report({ stateTransitions: 1, virtualTimeMs: 6, mapRun: { stateName: 'M', itemsProcessed: 8192, totalItems: 10_000 } });
    now += 60;
    report({ stateTransitions: 2, virtualTimeMs: 7 });
    expect(posted).toEqual([
      { kind: 'progress', id: 9, stateTransitions: 1, virtualTimeMs: 5, mapRun: { stateName: 'M', itemsProcessed: 4096, totalItems: 10_000 } },
      { kind: 'progress', id: 9, stateTransitions: 2, virtualTimeMs: 7 },
    ]);
  });
});

describe('a JSONata machine (QueryLanguage "JSONata", Assign and Output)', () => {
  const jsonataObject = {
    QueryLanguage: 'JSONata',
    StartAt: 'Total',
    States: {
      Total: {
        Type: 'Pass',
        Assign: { total: '{% $sum($states.input.prices) %}', count: '{% $count($states.input.prices) %}' },
        Output: { prices: '{% $states.input.prices %}' },
        Next: 'Report',
      },
      Report: { Type: 'Pass', Output: { total: '{% $total %}', average: '{% $total / $count %}' }, End: true },
    },
  };
  const jsonata = JSON.stringify(jsonataObject);

  it('validates without problems and runs, with the variables in the trace', async () => {
    const v = validateRequest({ kind: 'validate', id: 10, text: jsonata, type: 'STANDARD' });
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(v.definition?.QueryLanguage).toBe('JSONata');
    // The run takes the definition the validation answered with: no second parse.
    const r = await runRequest(runOf(11, v.definition!, '{"prices": [2, 4, 6]}', { type: 'STANDARD', record: true }), () => {});
    expect(r.result?.status).toBe('SUCCEEDED');
    expect(r.result?.output).toEqual({ total: 12, average: 4 });
    const report = r.result?.trace?.find((t) => t.stateName === 'Report');
    expect(report?.variables).toMatchObject({ total: 12, count: 3 });
  });

  it('points at a JSONata-only field misused in a JSONPath machine', () => {
    const wrong = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Output: { x: '{% 1 %}' }, End: true } } });
    const v = validateRequest({ kind: 'validate', id: 12, text: wrong, type: 'STANDARD' });
    const d = v.diagnostics.find((x) => x.severity === 'error');
    expect(d?.path.join('.')).toMatch(/^States\.A/);
  });
});

describe('the wall-clock budget', () => {
  it('ends a run that keeps the engine busy with a failure naming the state it reached', async () => {
    const loop = {
      StartAt: 'Spin',
      States: {
        Spin: { Type: 'Pass', Result: 1, ResultPath: '$.x', Next: 'Again' },
        Again: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'Spin' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    };
    const r = await runRequest(runOf(13, loop, '{}', { type: 'EXPRESS', record: false, maxTransitions: 1e12, budgetMs: 200 }), () => {});
    expect(r.result?.status).toBe('FAILED');
    expect(isBudgetStop(r.result!)).toBe(true);
    expect(r.result?.cause).toMatch(/Spin|Again/);
  });
});
