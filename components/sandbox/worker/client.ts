// The page's side of the engine worker. Two workers: one answers validation as the learner types, the other
// runs executions, so a long run never delays the diagnostics. The engine runs synchronously inside its
// worker, so nothing posted to it could interrupt a run: Cancel and the wall-clock budget both terminate the
// run worker from outside, and the next run starts a fresh one.
import { budgetText } from '../../../lib/engine/budget';
import { BROWSER_RUN_BUDGET_MS, terminateAfterMs } from './budget';
import type {
  GradeRequest,
  GradeResponse,
  ProgressMessage,
  RedriveRequest,
  RunRequest,
  TestStateRequest,
  TestStateResponse,
  RunResponse,
  ValidateRequest,
  ValidateResponse,
  WorkerRequest,
  WorkerResponse,
} from './protocol';

type Pending<T> = { resolve: (value: T) => void; reject: (reason: Error) => void };

export class CancelledError extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'CancelledError';
  }
}

/** The run outlived its wall-clock budget (an evaluation the engine could not interrupt) and its worker was terminated. */
export class BudgetExceededError extends Error {
  constructor(readonly afterMs: number) {
    super(`The run was stopped after ${budgetText(afterMs)}, the time limit for one run in the browser: a step kept the engine busy without end.`);
    this.name = 'BudgetExceededError';
  }
}

/** Grading in the browser outlived its wall-clock budget and the worker was terminated. */
export class GradeTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`The cases were stopped after ${budgetText(limitMs)}: the definition may loop or wait without end.`);
    this.name = 'GradeTimeoutError';
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
  /** The worker has loaded the engine and begun the run (the budget counts from here). */
  onStarted?: () => void;
  onProgress?: (p: ProgressMessage) => void;
}

/**
 * One piece of work in the run worker (a run or a grading): its answer, its
 * progress, and the error it ends with when its budget passes. One at a time: a new job cancels the last.
 */
interface Job {
  id: number;
  /** Takes a message for this job; true when it was the job's answer. */
  answer: (m: WorkerResponse) => boolean;
  fail: (reason: Error) => void;
  /** The load timer until the worker says it started, then the budget timer. */
  timer: ReturnType<typeof setTimeout>;
}

/**
 * How long a worker may take to load its code and begin a job. The budget counts from the worker's
 * 'started' message, not from the click: on a slow phone the engine's first load takes seconds.
 */
export const WORKER_START_TIMEOUT_MS = 60_000;

/** The run worker did not load, or did not begin the job, in time. */
export class WorkerStartError extends Error {
  constructor() {
    super(`The engine did not start within ${WORKER_START_TIMEOUT_MS / 1000} s. Reload the page to try again.`);
    this.name = 'WorkerStartError';
  }
}

export class EngineClient {
  private validator: WorkerLike | null = null;
  private runner: WorkerLike | null = null;
  private nextId = 1;
  private validations = new Map<number, Pending<ValidateResponse>>();
  private current: Job | null = null;

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

  /**
   * Starts a run (cancelling one in progress). The engine ends it at `settings.budgetMs` (default
   * BROWSER_RUN_BUDGET_MS); if it has not answered a little later, the worker is terminated and the promise
   * rejects with BudgetExceededError. Cancel rejects it with CancelledError.
   */
  run(request: Omit<RunRequest, 'kind' | 'id'>, options: RunOptions = {}): Promise<RunResponse> {
    const budgetMs = terminateAfterMs(request.settings.budgetMs ?? BROWSER_RUN_BUDGET_MS);
    const take = (m: WorkerResponse, resolve: (r: RunResponse) => void) => {
      if (m.kind === 'started') options.onStarted?.();
      if (m.kind === 'progress') options.onProgress?.(m);
      if (m.kind !== 'result') return false;
      resolve(m);
      return true;
    };
    return this.start((id) => ({ kind: 'run', id, ...request }) satisfies RunRequest, budgetMs, () => new BudgetExceededError(budgetMs), take);
  }

  /** Redrives the stopped run in `request.previous` in the run worker, with the same budget rules as run(). */
  redrive(request: Omit<RedriveRequest, 'kind' | 'id'>, options: RunOptions = {}): Promise<RunResponse> {
    const budgetMs = terminateAfterMs(request.settings.budgetMs ?? BROWSER_RUN_BUDGET_MS);
    const take = (m: WorkerResponse, resolve: (r: RunResponse) => void) => {
      if (m.kind === 'started') options.onStarted?.();
      if (m.kind === 'progress') options.onProgress?.(m);
      if (m.kind !== 'result') return false;
      resolve(m);
      return true;
    };
    return this.start((id) => ({ kind: 'redrive', id, ...request }) satisfies RedriveRequest, budgetMs, () => new BudgetExceededError(budgetMs), take);
  }

  /**
   * TestState on one state, in the validation worker's sibling (the run worker would cancel a run): a
   * worker of its own, terminated after the browser budget if the state's expressions never end.
   */
  testState(request: TestStateRequest['request']): Promise<TestStateResponse> {
    const id = this.nextId++;
    const worker = this.createWorker('run');
    return new Promise<TestStateResponse>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.terminate();
      };
      const timer = setTimeout(() => {
        done();
        reject(new BudgetExceededError(BROWSER_RUN_BUDGET_MS));
      }, terminateAfterMs(BROWSER_RUN_BUDGET_MS) + WORKER_START_TIMEOUT_MS);
      worker.addEventListener('message', (e: MessageEvent<WorkerResponse>) => {
        const m = e.data;
        if (m.id !== id) return;
        if (m.kind === 'tested') {
          done();
          resolve(m);
        } else if (m.kind === 'crash') {
          done();
          reject(new Error(m.message));
        }
      });
      worker.addEventListener('error', (e: ErrorEvent) => {
        done();
        reject(new Error(e.message || 'The engine worker failed.'));
      });
      worker.postMessage({ kind: 'testState', id, request } satisfies TestStateRequest);
    });
  }

  /**
   * Grades a definition against the scenario's cases it is given (a scenario page sends the visible ones), in
   * the run worker. The cases share `budgetMs`; if the worker has not answered a little after it, the worker
   * is terminated and the promise rejects with GradeTimeoutError. A new job or cancel() rejects it with
   * CancelledError.
   */
  grade(scenario: GradeRequest['scenario'], text: string, budgetMs: number = BROWSER_RUN_BUDGET_MS): Promise<GradeResponse> {
    const after = terminateAfterMs(budgetMs);
    const take = (m: WorkerResponse, resolve: (r: GradeResponse) => void) => {
      if (m.kind !== 'graded') return false;
      resolve(m);
      return true;
    };
    return this.start((id) => ({ kind: 'grade', id, scenario, text, budgetMs }) satisfies GradeRequest, after, () => new GradeTimeoutError(after), take);
  }

  /**
   * Posts a job to the run worker, terminating the worker from outside if no answer comes within `budgetMs`
   * of the worker starting it (or if it does not start within WORKER_START_TIMEOUT_MS). `take` sees each
   * message of the job and calls `resolve` with its answer; a crash message rejects it.
   */
  private start<T>(
    message: (id: number) => WorkerRequest,
    budgetMs: number,
    overBudget: () => Error,
    take: (m: WorkerResponse, resolve: (value: T) => void) => boolean,
  ): Promise<T> {
    if (this.current) this.cancel();
    const id = this.nextId++;
    const runner = this.ensureRunner();
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        id,
        timer: setTimeout(() => this.stop(id, new WorkerStartError()), WORKER_START_TIMEOUT_MS),
        fail: reject,
        answer: (m) => {
          if (m.kind === 'started') {
            clearTimeout(job.timer);
            job.timer = setTimeout(() => this.stop(id, overBudget()), budgetMs);
            return take(m, resolve);
          }
          if (m.kind === 'crash') {
            reject(new Error(m.message));
            return true;
          }
          return take(m, resolve);
        },
      };
      this.current = job;
      runner.postMessage(message(id));
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
        current.fail(new Error(e.message || 'The engine worker failed (out of memory?).'));
      });
      this.runner = worker;
    }
    return this.runner;
  }

  private onRunnerMessage(m: WorkerResponse) {
    const current = this.current;
    if (!current || m.id !== current.id) return;
    // Settling a promise runs its callbacks later (a microtask), so the job is cleared before they run.
    if (current.answer(m)) this.finish();
  }

  private finish() {
    if (this.current) clearTimeout(this.current.timer);
    this.current = null;
  }

  /** Terminates the run worker (the only way to stop a synchronous engine) and rejects the job's promise. */
  private stop(jobId: number, reason: Error) {
    const current = this.current;
    if (!current || current.id !== jobId) return;
    this.finish();
    this.runner?.terminate();
    this.runner = null;
    current.fail(reason);
  }

  /** Stops the current job at once; its promise rejects with CancelledError. */
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
