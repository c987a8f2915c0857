// The page's side of the engine worker. Two workers: one answers validation as the learner types, the other
// runs executions, so a long run never delays the diagnostics. Cancel terminates the run worker (the engine
// runs synchronously, so a message could not interrupt it) and the next run starts a fresh one.
import type { GradeRequest, GradeResponse, ProgressMessage, RunRequest, RunResponse, ValidateRequest, ValidateResponse, WorkerResponse } from './lib/protocol';

type Pending<T> = { resolve: (value: T) => void; reject: (reason: Error) => void };

export class CancelledError extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'CancelledError';
  }
}

/** Grading in the browser ran past its wall-clock limit; the worker was terminated. */
export class GradeTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`The cases were stopped after ${Math.round(limitMs / 1000)} s: the definition may loop or wait without end.`);
    this.name = 'GradeTimeoutError';
  }
}

/** How long a new worker may take to load before grading is given up (its download and compile, not the definition). */
export const GRADE_STARTUP_LIMIT_MS = 60_000;

/** The worker did not load in time; nothing of the definition ran. */
export class GradeStartupError extends Error {
  constructor(readonly limitMs: number) {
    super(`The engine did not start within ${Math.round(limitMs / 1000)} s; your device may be busy. Try again.`);
    this.name = 'GradeStartupError';
  }
}

const createWorker = () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'sandbox-engine' });

export class EngineClient {
  private validator: Worker | null = null;
  private runner: Worker | null = null;
  private nextId = 1;
  private validations = new Map<number, Pending<ValidateResponse>>();
  private run_: { id: number; pending: Pending<RunResponse>; onProgress?: (p: ProgressMessage) => void } | null = null;
  private grading: { id: number; pending: Pending<GradeResponse>; timer: ReturnType<typeof setTimeout>; started: () => ReturnType<typeof setTimeout> } | null = null;

  private ensureValidator(): Worker {
    if (!this.validator) {
      this.validator = createWorker();
      this.validator.addEventListener('message', (e: MessageEvent<WorkerResponse>) => this.onValidatorMessage(e.data));
      this.validator.addEventListener('error', (e) => {
        for (const p of this.validations.values()) p.reject(new Error(e.message || 'The validation worker failed.'));
        this.validations.clear();
        this.validator?.terminate();
        this.validator = null;
      });
    }
    return this.validator;
  }

  private onValidatorMessage(m: WorkerResponse) {
    const p = this.validations.get(m.id);
    if (!p) return;
    this.validations.delete(m.id);
    if (m.kind === 'validated') p.resolve(m);
    else if (m.kind === 'crash') p.reject(new Error(m.message));
  }

  validate(text: string, format: ValidateRequest['format'], type: ValidateRequest['type'] = 'STANDARD'): Promise<ValidateResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.validations.set(id, { resolve, reject });
      this.ensureValidator().postMessage({ kind: 'validate', id, text, format, type } satisfies ValidateRequest);
    });
  }

  get running(): boolean {
    return this.run_ !== null;
  }

  run(request: Omit<RunRequest, 'kind' | 'id'>, onProgress?: (p: ProgressMessage) => void): Promise<RunResponse> {
    if (this.run_) this.cancel();
    const id = this.nextId++;
    const runner = this.ensureRunner();
    return new Promise((resolve, reject) => {
      this.run_ = { id, pending: { resolve, reject }, ...(onProgress ? { onProgress } : {}) };
      runner.postMessage({ kind: 'run', id, ...request } satisfies RunRequest);
    });
  }

  private ensureRunner(): Worker {
    if (!this.runner) {
      this.runner = createWorker();
      this.runner.addEventListener('message', (e: MessageEvent<WorkerResponse>) => this.onRunnerMessage(e.data));
      this.runner.addEventListener('error', (e) => {
        const current = this.run_;
        const grading = this.grading;
        this.run_ = null;
        this.grading = null;
        if (grading) clearTimeout(grading.timer);
        this.runner?.terminate();
        this.runner = null;
        const error = new Error(e.message || 'The engine worker failed (out of memory?).');
        current?.pending.reject(error);
        grading?.pending.reject(error);
      });
    }
    return this.runner;
  }

  /**
   * Grades a definition against the scenario's cases it is given, in the run worker. `limitMs` counts from
   * when the worker begins grading (its 'grade-started' message), not from this call: starting a worker
   * (downloading and compiling the engine) takes seconds on a busy device and no definition can stretch it;
   * that start is bounded apart by GRADE_STARTUP_LIMIT_MS (GradeStartupError). Past `limitMs` the worker is
   * terminated (nothing inside it could interrupt a stuck evaluation) and the promise rejects with
   * GradeTimeoutError; a new call or cancel() rejects it with CancelledError.
   */
  grade(scenario: GradeRequest['scenario'], text: string, limitMs = 20_000): Promise<GradeResponse> {
    if (this.run_ || this.grading) this.cancel();
    const id = this.nextId++;
    const runner = this.ensureRunner();
    return new Promise((resolve, reject) => {
      const stopAfter = (ms: number, error: Error) =>
        setTimeout(() => {
          if (this.grading?.id !== id) return;
          this.grading = null;
          this.runner?.terminate();
          this.runner = null;
          reject(error);
        }, ms);
      this.grading = {
        id,
        pending: { resolve, reject },
        timer: stopAfter(GRADE_STARTUP_LIMIT_MS, new GradeStartupError(GRADE_STARTUP_LIMIT_MS)),
        started: () => stopAfter(limitMs, new GradeTimeoutError(limitMs)),
      };
      runner.postMessage({ kind: 'grade', id, scenario, text } satisfies GradeRequest);
    });
  }

  private onRunnerMessage(m: WorkerResponse) {
    const grading = this.grading;
    if (grading && m.id === grading.id) {
      if (m.kind === 'grade-started') {
        clearTimeout(grading.timer);
        grading.timer = grading.started();
        return;
      }
      if (m.kind !== 'graded' && m.kind !== 'crash') return;
      this.grading = null;
      clearTimeout(grading.timer);
      if (m.kind === 'graded') grading.pending.resolve(m);
      else grading.pending.reject(new Error(m.message));
      return;
    }
    const current = this.run_;
    if (!current || m.id !== current.id) return;
    if (m.kind === 'progress') current.onProgress?.(m);
    else if (m.kind === 'result') {
      this.run_ = null;
      current.pending.resolve(m);
    } else if (m.kind === 'crash') {
      this.run_ = null;
      current.pending.reject(new Error(m.message));
    }
  }

  /** Stops the current run at once; its promise rejects with CancelledError. */
  cancel(): void {
    const current = this.run_;
    const grading = this.grading;
    if (!current && !grading) return;
    this.run_ = null;
    this.grading = null;
    if (grading) clearTimeout(grading.timer);
    this.runner?.terminate();
    this.runner = null;
    current?.pending.reject(new CancelledError());
    grading?.pending.reject(new CancelledError());
  }

  dispose(): void {
    this.cancel();
    this.runner?.terminate();
    this.validator?.terminate();
    this.runner = null;
    this.validator = null;
  }
}
