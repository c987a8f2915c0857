// The browser grading limit counts from when the worker begins grading, not from when it was asked: a slow
// worker start is bounded apart (GRADE_STARTUP_LIMIT_MS) and never reported as a definition that loops.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineClient, GRADE_STARTUP_LIMIT_MS, GradeStartupError, GradeTimeoutError } from './engine-client';
import type { GradeRequest, WorkerResponse } from './lib/protocol';

class FakeWorker {
  static all: FakeWorker[] = [];
  posted: GradeRequest[] = [];
  terminated = false;
  private listeners: ((e: MessageEvent<WorkerResponse>) => void)[] = [];
  constructor() {
    FakeWorker.all.push(this);
  }
  addEventListener(type: string, listener: (e: MessageEvent<WorkerResponse>) => void) {
    if (type === 'message') this.listeners.push(listener);
  }
  postMessage(message: GradeRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: WorkerResponse) {
    for (const l of this.listeners) l({ data: message } as MessageEvent<WorkerResponse>);
  }
}

const scenario = { id: 'five-step-pipeline', cases: [] } as unknown as GradeRequest['scenario'];
const verdict = { scenario: 'five-step-pipeline', passed: true, score: 100, ms: 3, cases: [] };

beforeEach(() => {
  vi.useFakeTimers();
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('EngineClient.grade limits', () => {
  it('does not count a slow worker start against the limit', async () => {
    const client = new EngineClient();
    const graded = client.grade(scenario, '{}', 20_000);
    const worker = FakeWorker.all[0]!;
    const id = worker.posted[0]!.id;
    // 30 s to load the engine on a busy device: past the 20 s limit, but nothing of the definition ran yet.
    await vi.advanceTimersByTimeAsync(30_000);
    worker.answer({ kind: 'grade-started', id });
    await vi.advanceTimersByTimeAsync(19_000);
    worker.answer({ kind: 'graded', id, verdict } as WorkerResponse);
    await expect(graded).resolves.toMatchObject({ kind: 'graded', verdict: { passed: true } });
    expect(worker.terminated).toBe(false);
  });

  it('stops grading that runs past the limit once started, terminating the worker', async () => {
    const client = new EngineClient();
    const graded = client.grade(scenario, '{}', 20_000);
    const rejected = expect(graded).rejects.toBeInstanceOf(GradeTimeoutError);
    const worker = FakeWorker.all[0]!;
    await vi.advanceTimersByTimeAsync(2_000);
    worker.answer({ kind: 'grade-started', id: worker.posted[0]!.id });
    await vi.advanceTimersByTimeAsync(20_000);
    await rejected;
    expect(worker.terminated).toBe(true);
  });

  it('gives up on a worker that never starts, saying so', async () => {
    const client = new EngineClient();
    const graded = client.grade(scenario, '{}', 20_000);
    const rejected = expect(graded).rejects.toBeInstanceOf(GradeStartupError);
    await vi.advanceTimersByTimeAsync(GRADE_STARTUP_LIMIT_MS);
    await rejected;
    await expect(graded).rejects.toThrow(/did not start within 60 s/);
    expect(FakeWorker.all[0]!.terminated).toBe(true);
  });
});
