// The page's side of the engine worker. Two workers: one answers validation as the learner types, the other
// runs executions, so a long run never delays the diagnostics. The engine runs synchronously inside its
// worker, so nothing posted to it could interrupt a run: Cancel and the wall-clock budget both terminate the
// run worker from outside, and the next run starts a fresh one.
import { BROWSER_RUN_BUDGET_MS } from './budget';
import type { ProgressMessage, RunRequest, RunResponse, ValidateRequest, ValidateResponse, WorkerResponse } from './protocol';

type Pending<T> = { resolve: (value: T) => void; reject: (reason: Error) => void };

export class CancelledError extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'CancelledError';
  }
}

/** The run outlived its wall-clock budget and its worker was terminated. */
export class BudgetExceededError extends Error {
  constructor(readonly budgetMs: number) {
    super(`The run was stopped after ${budgetMs / 1000} s, the time limit for one run in the browser.`);
    this.name = 'BudgetExceededError';
  }
}

/** The part of a Worker the client uses, so tests can give it a fake. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
}

export type WorkerFactory = (role: 'validate' | 'run') => WorkerLike;

const browserWorker: WorkerFactory = (role) =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: `sandbox-engine-${role}` }) as WorkerLike;

export interface RunOptions {
  onProgress?: (p: ProgressMessage) => void;
  /** Wall-clock limit; the worker is terminated when it passes. Default BROWSER_RUN_BUDGET_MS. */
  budgetMs?: number;
}

interface CurrentRun {
  id: number;
  pending: Pending<RunResponse>;
  onProgress: ((p: ProgressMessage) => void) | undefined;
  timer: ReturnType<typeof setTimeout>;
}

export class EngineClient {
  private validator: WorkerLike | null = null;
  private runner: WorkerLike | null = null;
  private nextId = 1;
  private validations = new Map<number, Pending<ValidateResponse>>();
  private current: CurrentRun | null = null;

  constructor(private readonly createWorker: WorkerFactory = browserWorker) {}

  private ensureValidator(): WorkerLike {
    if (!this.validator) {
      const worker = this.createWorker('validate');
      worker.addEventListener('message', (e: MessageEvent<WorkerResponse>) => this.onValidatorMessage(e.data));
      worker.addEventListener('error', (e: ErrorEvent) => {
        for (const p of this.validations.values()) p.reject(new Error(e.message || 'The validation worker failed.'));
        this.validations.clear();
        worker.terminate();
        if (this.validator === worker) this.validator = null;
      });
      this.validator = worker;
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

  validate(text: string, type: ValidateRequest['type']): Promise<ValidateResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.validations.set(id, { resolve, reject });
      this.ensureValidator().postMessage({ kind: 'validate', id, text, type } satisfies ValidateRequest);
    });
  }

  get running(): boolean {
    return this.current !== null;
  }

  /** Starts a run (cancelling one in progress). Rejects with CancelledError or BudgetExceededError. */
  run(request: Omit<RunRequest, 'kind' | 'id'>, options: RunOptions = {}): Promise<RunResponse> {
    if (this.current) this.cancel();
    const id = this.nextId++;
    const runner = this.ensureRunner();
    const budgetMs = options.budgetMs ?? BROWSER_RUN_BUDGET_MS;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.stop(id, new BudgetExceededError(budgetMs)), budgetMs);
      this.current = { id, pending: { resolve, reject }, onProgress: options.onProgress, timer };
      runner.postMessage({ kind: 'run', id, ...request } satisfies RunRequest);
    });
  }

  private ensureRunner(): WorkerLike {
    if (!this.runner) {
      const worker = this.createWorker('run');
      worker.addEventListener('message', (e: MessageEvent<WorkerResponse>) => this.onRunnerMessage(e.data));
      worker.addEventListener('error', (e: ErrorEvent) => {
        worker.terminate();
        if (this.runner === worker) this.runner = null;
        const current = this.current;
        if (!current) return;
        this.finish();
        current.pending.reject(new Error(e.message || 'The engine worker failed (out of memory?).'));
      });
      this.runner = worker;
    }
    return this.runner;
  }

  private onRunnerMessage(m: WorkerResponse) {
    const current = this.current;
    if (!current || m.id !== current.id) return;
    if (m.kind === 'progress') current.onProgress?.(m);
    else if (m.kind === 'result') {
      this.finish();
      current.pending.resolve(m);
    } else if (m.kind === 'crash') {
      this.finish();
      current.pending.reject(new Error(m.message));
    }
  }

  private finish() {
    if (this.current) clearTimeout(this.current.timer);
    this.current = null;
  }

  /** Terminates the run worker (the only way to stop a synchronous engine) and rejects the run's promise. */
  private stop(id: number, reason: Error) {
    const current = this.current;
    if (!current || current.id !== id) return;
    this.finish();
    this.runner?.terminate();
    this.runner = null;
    current.pending.reject(reason);
  }

  /** Stops the current run at once; its promise rejects with CancelledError. */
  cancel(): void {
    if (this.current) this.stop(this.current.id, new CancelledError());
  }

  dispose(): void {
    this.cancel();
    this.runner?.terminate();
    this.validator?.terminate();
    this.runner = null;
    this.validator = null;
  }
}
