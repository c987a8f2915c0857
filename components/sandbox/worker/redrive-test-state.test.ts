import { describe, expect, it } from 'vitest';
import type { RunRequest, WorkerResponse } from './protocol';
import { NOT_HELD, postAnswer, redriveRequest, runRequest, testStateRequest } from './core';

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
    // The checkpoint stays in the worker; the page gets the key to ask for it and whether AWS would redrive.
    expect(first.result?.redrive).toBeUndefined();
    expect(first.redrive).toEqual({ key: 1, block: null });
    const second = await redriveRequest({ kind: 'redrive', id: 2, key: first.redrive!.key, definitionBytes: run.definitionBytes, settings: { type: 'STANDARD', record: true, world } }, (m) => posted.push(m));
    expect(second.refusal).toBeUndefined();
    expect(second.result?.status).toBe('SUCCEEDED');
    expect(second.result?.redriveCount).toBe(1);
    expect(second.result?.events.map((e) => e.type)).toContain('ExecutionRedriven');
    expect(second.result?.billing.transitionsByState).toEqual({ Convert: 1 });
    expect(second.bill).toBeDefined();
    expect(posted.some((m) => m.kind === 'started' && m.id === 2)).toBe(true);
  });

  it('gives a key only to a run that did not succeed, with AWS’s reason when it would refuse, and answers a key it no longer keeps clearly', async () => {
    const ok = await runRequest({ ...run, id: 3, settings: { type: 'STANDARD', record: true, world } }, () => {});
    expect(ok.result?.status).toBe('SUCCEEDED');
    expect(ok.redrive).toBeUndefined();
    const express = await runRequest({ ...run, id: 4, settings: { ...run.settings, type: 'EXPRESS' } }, () => {});
    expect(express.result?.status).toBe('FAILED');
    expect(express.redrive?.block).toMatch(/Express/);
    const gone = await redriveRequest({ kind: 'redrive', id: 6, key: 999, definitionBytes: 1, settings: { type: 'STANDARD', record: true } }, () => {});
    expect(gone.problems).toEqual([NOT_HELD]);
    expect(gone.result).toBeUndefined();
  });

  it('redrives a run whose input is nested 20,000 levels deep: the answers cross to the page by structured clone', async () => {
    let deep = '1';
    for (let i = 0; i < 20_000; i++) deep = `{"a":${deep}}`;
    const request: RunRequest = { ...run, id: 7, input: `{"deep":${deep}}` };
    // The worker's postMessage clones as structuredClone does (V8's serializer, which recurses).
    const page: WorkerResponse[] = [];
    const post = (m: WorkerResponse) => void page.push(structuredClone(m));
    const first = await runRequest(request, () => {});
    expect(first.result?.status).toBe('FAILED');
    postAnswer(post, first);
    const shown = page.at(-1)!;
    expect(shown.kind).toBe('result');
    if (shown.kind !== 'result') return;
    expect(shown.redrive).toEqual({ key: 7, block: null });
    expect(shown.result?.status).toBe('FAILED');
    // The trace holds the deep state inputs as values: it is left out, and the page is told so.
    expect(shown.result?.trace).toBeUndefined();
    expect(shown.notice).toMatch(/trace .* left out/);
    expect(shown.result?.events.length).toBeGreaterThan(0);

    const second = await redriveRequest({ kind: 'redrive', id: 8, key: shown.redrive!.key, definitionBytes: run.definitionBytes, settings: { type: 'STANDARD', record: true, world } }, () => {});
    expect(second.result?.status).toBe('SUCCEEDED');
    expect(second.result?.redriveCount).toBe(1);
    postAnswer(post, second);
    const redriven = page.at(-1)!;
    expect(redriven.kind).toBe('result');
    if (redriven.kind === 'result') {
      expect(redriven.result?.status).toBe('SUCCEEDED');
      expect(redriven.result?.output).toMatchObject({ StatusCode: 200 });
      expect(redriven.notice).toMatch(/trace .* left out/);
    }

    // A run whose output is the deep input: the output cannot cross either, and the notice says so.
    const pass = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
    const echoed = await runRequest({ ...request, id: 10, definition: pass as RunRequest['definition'] }, () => {});
    postAnswer(post, echoed);
    const echo = page.at(-1)!;
    expect(echo).toMatchObject({ kind: 'result', result: { status: 'SUCCEEDED', output: null } });
    if (echo.kind === 'result') expect(echo.notice).toMatch(/output and the per-state trace are left out/);
  });

  it('says so plainly when even the smallest answer cannot cross', () => {
    const page: WorkerResponse[] = [];
    postAnswer((m) => {
      if (m.kind === 'result') throw new DOMException('could not be cloned', 'DataCloneError');
      page.push(m);
    }, { kind: 'result', id: 9, wallMs: 1, result: { status: 'FAILED' } as never });
    expect(page).toEqual([{ kind: 'crash', id: 9, message: 'The run ended, but its result is nested too deeply to pass from the engine to the page.' }]);
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
