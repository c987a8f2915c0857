import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BudgetExceededError, CancelledError, EngineClient, type WorkerLike } from './client';
import type { RunRequest, WorkerResponse } from './protocol';

/** A worker that records what it was sent and answers only when the test says so. */
class FakeWorker implements WorkerLike {
  sent: unknown[] = [];
  terminated = false;
  private listeners: { message: ((e: MessageEvent<WorkerResponse>) => void)[]; error: ((e: ErrorEvent) => void)[] } = { message: [], error: [] };
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: 'message' | 'error', listener: never) {
    this.listeners[type].push(listener);
  }
  answer(message: WorkerResponse) {
    for (const l of this.listeners.message) l({ data: message } as MessageEvent<WorkerResponse>);
  }
  fail(message: string) {
    for (const l of this.listeners.error) l({ message } as ErrorEvent);
  }
}

const request: Omit<RunRequest, 'kind' | 'id'> = {
  definition: { StartAt: 'A', States: { A: { Type: 'Succeed' } } } as never,
  definitionBytes: 50,
  input: '{}',
  settings: { type: 'STANDARD', record: true },
};

describe('EngineClient', () => {
  let workers: FakeWorker[];
  let client: EngineClient;
  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    client = new EngineClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
  });
  afterEach(() => vi.useRealTimers());

  it('terminates the run worker from outside when the budget passes, and the next run gets a fresh worker', async () => {
    const run = client.run(request, { budgetMs: 5000 });
    const rejected = expect(run).rejects.toBeInstanceOf(BudgetExceededError);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(4999);
    expect(workers[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    await rejected;
    expect(workers[0]!.terminated).toBe(true);
    expect(client.running).toBe(false);

    const next = client.run(request, { budgetMs: 5000 });
    expect(workers).toHaveLength(2);
    const sent = workers[1]!.sent[0] as RunRequest;
    workers[1]!.answer({ kind: 'result', id: sent.id, wallMs: 3 });
    await expect(next).resolves.toMatchObject({ kind: 'result', wallMs: 3 });
    // A run that answered in time leaves no timer behind to terminate the worker later.
    vi.advanceTimersByTime(60_000);
    expect(workers[1]!.terminated).toBe(false);
  });

  it('says how long the budget was', () => {
    expect(new BudgetExceededError(120_000).message).toMatch(/after 120 s/);
  });

  it('cancel terminates the worker and rejects with CancelledError; late answers of the old run are ignored', async () => {
    const progress: number[] = [];
    const run = client.run(request, { onProgress: (p) => progress.push(p.stateTransitions) });
    const first = workers[0]!;
    const id = (first.sent[0] as RunRequest).id;
    first.answer({ kind: 'progress', id, stateTransitions: 7, virtualTimeMs: 0 });
    client.cancel();
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(first.terminated).toBe(true);
    first.answer({ kind: 'progress', id, stateTransitions: 9, virtualTimeMs: 0 });
    expect(progress).toEqual([7]);
  });

  it('a crashed worker rejects the run with its message and is replaced', async () => {
    const run = client.run(request);
    workers[0]!.fail('out of memory');
    await expect(run).rejects.toThrow('out of memory');
    void client.run(request).catch(() => {});
    expect(workers).toHaveLength(2);
  });

  it('validates in its own worker, so a long run never delays the diagnostics', async () => {
    void client.run(request).catch(() => {});
    const validation = client.validate('{}', 'STANDARD');
    expect(workers).toHaveLength(2);
    const sent = workers[1]!.sent[0] as { id: number; kind: string };
    expect(sent.kind).toBe('validate');
    workers[1]!.answer({ kind: 'validated', id: sent.id, format: 'json', diagnostics: [] });
    await expect(validation).resolves.toMatchObject({ kind: 'validated', format: 'json' });
  });
});
