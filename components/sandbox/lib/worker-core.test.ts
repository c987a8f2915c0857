import { describe, expect, it } from 'vitest';
import type { WorkerResponse } from './protocol';
import { parseInput, runRequest, throttledProgress, validateRequest } from './worker-core';

const machine = JSON.stringify(
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
  },
  null,
  2,
);

describe('validateRequest', () => {
  it('reports a missing transition target with its path and where it is', () => {
    const text = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Nowhere" }\n  }\n}';
    const r = validateRequest({ kind: 'validate', id: 1, text, format: 'json', type: 'STANDARD' });
    expect(r.diagnostics.some((x) => x.severity === 'error')).toBe(true);
    const d = r.diagnostics.find((x) => x.path.join('.') === 'States.A.Next');
    expect(d).toBeDefined();
    expect(d!.range.start.line).toBe(4);
    // The raw value is still there for the graph, with its source offsets.
    expect(r.value).toMatchObject({ StartAt: 'A' });
    expect(r.sourceRoot?.children?.get('States')).toBeDefined();
  });
  it('detects YAML', () => {
    const r = validateRequest({ kind: 'validate', id: 2, text: 'StartAt: A\nStates:\n  A:\n    Type: Succeed\n', format: 'json', type: 'STANDARD' });
    expect(r.format).toBe('yaml');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.definition?.StartAt).toBe('A');
  });
});

describe('runRequest', () => {
  it('runs with faults: a retry, then the error is caught, with trace, progress and a bill', async () => {
    const posted: WorkerResponse[] = [];
    const r = await runRequest(
      {
        kind: 'run',
        id: 3,
        text: machine,
        format: 'json',
        input: '{"file": "a.csv"}',
        settings: {
          type: 'STANDARD',
          record: true,
          faults: [{ state: 'Glue', invocations: '0-1', throw: { Error: 'Boom', Cause: 'disk full' } }],
          world: { lambda: { functions: {} } },
        },
      },
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

  it('refuses to run an invalid definition or input, saying why', async () => {
    const bad = await runRequest({ kind: 'run', id: 4, text: '{"StartAt": 1}', format: 'json', input: '{}', settings: { type: 'STANDARD', record: true } }, () => {});
    expect(bad.problems?.[0]).toMatch(/definition has errors/);
    expect(bad.diagnostics?.length).toBeGreaterThan(0);
    const badInput = await runRequest({ kind: 'run', id: 5, text: machine, format: 'json', input: '{oops', settings: { type: 'STANDARD', record: true } }, () => {});
    expect(badInput.problems?.[0]).toMatch(/input is not valid JSON/);
    expect(parseInput('  ')).toEqual({ value: {} });
  });

  it('reports progress during a long run', async () => {
    const loop = JSON.stringify({
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Result: 0, ResultPath: '$.i', Next: 'Inc' },
        Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: 20000, Next: 'Inc' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    });
    const posted: WorkerResponse[] = [];
    const r = await runRequest(
      { kind: 'run', id: 6, text: loop, format: 'json', input: '{}', settings: { type: 'EXPRESS', record: false, maxTransitions: 100000 } },
      (m) => posted.push(m),
    );
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
      {
        kind: 'run',
        id: 7,
        text: JSON.stringify(millionDefinition),
        format: 'json',
        input: '{}',
        settings: { type: 'STANDARD', record: true, generatedWorld: { kind: 'million-items', bucket: 'example-orders', key: 'orders-1m.json', count: 10_000 } },
      },
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
    const r = await runRequest(
      { kind: 'run', id: 8, text: machine, format: 'json', input: '{}', settings: { type: 'STANDARD', record: true, generatedWorld: { kind: 'nope' } as never } },
      () => {},
    );
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
  const jsonata = JSON.stringify({
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
  });

  it('validates without problems and runs, with the variables in the trace', async () => {
    const v = validateRequest({ kind: 'validate', id: 10, text: jsonata, format: 'json', type: 'STANDARD' });
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(v.definition?.QueryLanguage).toBe('JSONata');
    const r = await runRequest({ kind: 'run', id: 11, text: jsonata, format: 'json', input: '{"prices": [2, 4, 6]}', settings: { type: 'STANDARD', record: true } }, () => {});
    expect(r.result?.status).toBe('SUCCEEDED');
    expect(r.result?.output).toEqual({ total: 12, average: 4 });
    const report = r.result?.trace?.find((t) => t.stateName === 'Report');
    expect(report?.variables).toMatchObject({ total: 12, count: 3 });
  });

  it('points at a JSONata-only field misused in a JSONPath machine', () => {
    const wrong = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Output: { x: '{% 1 %}' }, End: true } } });
    const v = validateRequest({ kind: 'validate', id: 12, text: wrong, format: 'json', type: 'STANDARD' });
    const d = v.diagnostics.find((x) => x.severity === 'error');
    expect(d?.path.join('.')).toMatch(/^States\.A/);
  });
});
