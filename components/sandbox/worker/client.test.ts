import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { outerBudgetMs, WALL_CLOCK_BUDGET_MS } from '../../../lib/engine/budget';
import { BROWSER_RUN_BUDGET_MS } from './budget';
import { BudgetExceededError, CancelledError, EngineClient, GradeTimeoutError, WORKER_START_TIMEOUT_MS, WorkerStartError, type WorkerLike } from './client';
import type { GradeRequest, RunRequest, WorkerResponse } from './protocol';

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

  it('terminates the run worker from outside a little after the engine\'s budget, and the next run gets a fresh worker', async () => {
    const budgeted = { ...request, settings: { ...request.settings, budgetMs: 5000 } };
    const run = client.run(budgeted);
    const rejected = expect(run).rejects.toBeInstanceOf(BudgetExceededError);
    expect(workers).toHaveLength(1);
    // Loading the engine's code does not count: the budget starts when the worker begins the run.
    vi.advanceTimersByTime(20_000);
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.answer({ kind: 'started', id: (workers[0]!.sent[0] as RunRequest).id });
    // The engine stops itself at 5 s with a clear failure; only a step that never returns lasts to 5.5 s.
    vi.advanceTimersByTime(5499);
    expect(workers[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    await rejected;
    expect(workers[0]!.terminated).toBe(true);
    expect(client.running).toBe(false);

    const next = client.run(budgeted);
    expect(workers).toHaveLength(2);
    const sent = workers[1]!.sent[0] as RunRequest;
    workers[1]!.answer({ kind: 'result', id: sent.id, wallMs: 3 });
    await expect(next).resolves.toMatchObject({ kind: 'result', wallMs: 3 });
    // A run that answered in time leaves no timer behind to terminate the worker later.
    vi.advanceTimersByTime(60_000);
    expect(workers[1]!.terminated).toBe(false);
  });

  it('says how long the run was given, and that the default is the engine\'s browser budget', () => {
    expect(new BudgetExceededError(16_500).message).toMatch(/stopped after 16.5 s/);
    expect(BROWSER_RUN_BUDGET_MS).toBe(WALL_CLOCK_BUDGET_MS.browser);
    const run = client.run(request);
    void run.catch(() => {});
    workers[0]!.answer({ kind: 'started', id: (workers[0]!.sent[0] as RunRequest).id });
    vi.advanceTimersByTime(outerBudgetMs(WALL_CLOCK_BUDGET_MS.browser) - 1);
    expect(workers[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('gives up on a worker that never starts the run, and says so', async () => {
    const run = client.run(request);
    const rejected = expect(run).rejects.toBeInstanceOf(WorkerStartError);
    vi.advanceTimersByTime(WORKER_START_TIMEOUT_MS);
    await rejected;
    expect(workers[0]!.terminated).toBe(true);
  });

  it('cancel terminates the worker and rejects with CancelledError; late answers of the old run are ignored', async () => {
    const progress: number[] = [];
    let started = 0;
    const run = client.run(request, { onProgress: (p) => progress.push(p.stateTransitions), onStarted: () => started++ });
    const first = workers[0]!;
    const id = (first.sent[0] as RunRequest).id;
    first.answer({ kind: 'started', id });
    expect(started).toBe(1);
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
  it('grades in the run worker with the budget the page gives, and terminates the worker a little after it', async () => {
    const scenario = { id: 'demo' } as GradeRequest['scenario'];
    const grading = client.grade(scenario, '{}', 20_000);
    const rejected = expect(grading).rejects.toBeInstanceOf(GradeTimeoutError);
    const sent = workers[0]!.sent[0] as GradeRequest;
    expect(sent).toMatchObject({ kind: 'grade', scenario, text: '{}', budgetMs: 20_000 });
    workers[0]!.answer({ kind: 'started', id: sent.id });
    vi.advanceTimersByTime(outerBudgetMs(20_000) - 1);
    expect(workers[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    await rejected;
    expect(workers[0]!.terminated).toBe(true);

    const next = client.grade(scenario, '{}');
    const second = workers[1]!.sent[0] as GradeRequest;
    expect(second.budgetMs).toBe(BROWSER_RUN_BUDGET_MS);
    const verdict = { scenario: 'demo', passed: true, score: 100, ms: 1, cases: [] };
    workers[1]!.answer({ kind: 'started', id: second.id });
    workers[1]!.answer({ kind: 'graded', id: second.id, verdict });
    await expect(next).resolves.toEqual({ kind: 'graded', id: second.id, verdict });
  });

  it('a run started during a grading cancels the grading', async () => {
    const grading = client.grade({ id: 'demo' } as GradeRequest['scenario'], '{}');
    const cancelled = expect(grading).rejects.toBeInstanceOf(CancelledError);
    void client.run(request).catch(() => {});
    await cancelled;
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
  });
});
