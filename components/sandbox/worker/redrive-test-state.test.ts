import { describe, expect, it } from 'vitest';
import type { RunRequest, WorkerResponse } from './protocol';
import { redriveRequest, runRequest, testStateRequest } from './core';

const machine = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Result: 'ready', ResultPath: '$.prep', Next: 'Convert' },
    Convert: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'FunctionName': 'convert', 'Payload.$': '$' }, End: true },
  },
};

const world = { lambda: { functions: { convert: { response: 'converted' } } } };

const run: RunRequest = {
  kind: 'run',
  id: 1,
  definition: machine as RunRequest['definition'],
  definitionBytes: JSON.stringify(machine).length,
  input: '{"n": 1}',
  settings: { type: 'STANDARD', record: true, world, faults: [{ state: 'Convert', invocations: '0', throw: { Error: 'Lambda.ServiceException', Cause: 'down' } }] },
};

describe('redriveRequest (worker)', () => {
  it('redrives a failed run with the fault removed: the Task runs again and the history gains ExecutionRedriven', async () => {
    const posted: WorkerResponse[] = [];
    const first = await runRequest(run, (m) => posted.push(m));
    expect(first.result?.status).toBe('FAILED');
    const second = await redriveRequest({ kind: 'redrive', id: 2, previous: first.result!, definitionBytes: run.definitionBytes, settings: { type: 'STANDARD', record: true, world } }, (m) => posted.push(m));
    expect(second.refusal).toBeUndefined();
    expect(second.result?.status).toBe('SUCCEEDED');
    expect(second.result?.redriveCount).toBe(1);
    expect(second.result?.events.map((e) => e.type)).toContain('ExecutionRedriven');
    expect(second.result?.billing.transitionsByState).toEqual({ Convert: 1 });
    expect(second.bill).toBeDefined();
    expect(posted.some((m) => m.kind === 'started' && m.id === 2)).toBe(true);
  });

  it('answers a refusal with AWS’s error name for a run that succeeded', async () => {
    const ok = await runRequest({ ...run, settings: { type: 'STANDARD', record: true, world } }, () => {});
    const r = await redriveRequest({ kind: 'redrive', id: 3, previous: ok.result!, definitionBytes: 1, settings: { type: 'STANDARD', record: true } }, () => {});
    expect(r.refusal).toEqual({ error: 'ExecutionNotRedrivable', message: 'Execution is SUCCEEDED and cannot be redriven.' });
    expect(r.result).toBeUndefined();
  });
});

describe('testStateRequest (worker)', () => {
  it('tests one state with a mocked result at DEBUG', async () => {
    const r = await testStateRequest({
      kind: 'testState',
      id: 4,
      request: { definition: machine as never, stateName: 'Convert', input: { n: 2 }, inspectionLevel: 'DEBUG', mock: { result: { Payload: 'done' } } },
    });
    expect(r).toMatchObject({ kind: 'tested', id: 4, output: { status: 'SUCCEEDED', output: { Payload: 'done' }, inspectionData: { afterParameters: { FunctionName: 'convert', Payload: { n: 2 } } } } });
  });
});
