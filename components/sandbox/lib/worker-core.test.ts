import { describe, expect, it } from 'vitest';
import type { WorkerResponse } from './protocol';
import { parseInput, runRequest, validateRequest } from './worker-core';

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
