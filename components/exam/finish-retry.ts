// Submitting an exam until the server has recorded it. When time runs out the browser submits on its own;
// if the server cannot be reached (a phone in a tunnel, a restart) it tries again with exponential backoff,
// capped and jittered, so a hundred learners whose exams ended at the same second do not retry in lockstep
// (https://aws.amazon.com/builders-library/timeouts-retries-and-backoff-with-jitter/). It stops for good once
// the server answers "finished" (recorded now or earlier), and does not retry an answer that will not change
// ("No such exam."). No React here: the runner and the page opened after the deadline drive it through
// useFinishRetry, and the tests drive it with fake timers.

export type FinishResult = { status: 'finished' } | { status: 'invalid'; message: string };

export type FinishState =
  | { status: 'idle' }
  | { status: 'submitting'; attempt: number }
  /** The last try failed; the next one starts at `retryAt` (ms, the browser's clock). */
  | { status: 'waiting'; attempt: number; retryAt: number; message: string }
  | { status: 'finished' }
  | { status: 'failed'; message: string };

export const RETRY_BASE_MS = 2_000;
export const RETRY_CAP_MS = 60_000;

/**
 * The wait before try `attempt + 1` after `attempt` failed tries (1, 2, ...): base x 2^(attempt-1), capped,
 * then "equal jitter" (half fixed, half random) so the wait is never shorter than half the step.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * random());
}

export interface FinishRetryDeps {
  finish: () => Promise<FinishResult>;
  onState: (state: FinishState) => void;
  now?: () => number;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

const UNREACHABLE = 'The server could not be reached. Your saved answers are kept.';

export class FinishRetry {
  private state: FinishState = { status: 'idle' };
  private timer: unknown = undefined;
  private disposed = false;

  constructor(private readonly deps: FinishRetryDeps) {}

  get current(): FinishState {
    return this.state;
  }

  /**
   * Submits now. A no-op while a try is in flight or after the server recorded it; while waiting for a
   * retry it tries at once (the learner pressed "Try now").
   */
  submit(): void {
    if (this.disposed || this.state.status === 'submitting' || this.state.status === 'finished') return;
    const attempt = this.state.status === 'waiting' ? this.state.attempt + 1 : 1;
    this.clear();
    this.set({ status: 'submitting', attempt });
    this.deps.finish().then(
      (r) => {
        if (r.status === 'finished') this.set({ status: 'finished' });
        else this.set({ status: 'failed', message: r.message });
      },
      () => this.scheduleRetry(attempt),
    );
  }

  /** Stops any pending retry (the component unmounted). */
  dispose(): void {
    this.disposed = true;
    this.clear();
  }

  private scheduleRetry(attempt: number): void {
    if (this.disposed) return;
    const delay = retryDelayMs(attempt, this.deps.random);
    const now = this.deps.now ?? Date.now;
    this.set({ status: 'waiting', attempt, retryAt: now() + delay, message: UNREACHABLE });
    const setTimer = this.deps.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
    this.timer = setTimer(() => {
      this.timer = undefined;
      this.submit();
    }, delay);
  }

  private clear(): void {
    if (this.timer === undefined) return;
    (this.deps.clearTimer ?? ((id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>)))(this.timer);
    this.timer = undefined;
  }

  private set(state: FinishState): void {
    this.state = state;
    if (!this.disposed) this.deps.onState(state);
  }
}

/** What the learner reads about the submit: "Submitting… retrying in 4 s". */
export function describeFinish(state: FinishState, nowMs: number): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'submitting':
      return state.attempt === 1 ? 'Submitting and grading your answers on the server…' : `Submitting… (try ${state.attempt})`;
    case 'waiting':
      return `${state.message} Submitting… retrying in ${Math.max(1, Math.ceil((state.retryAt - nowMs) / 1000))} s.`;
    case 'finished':
      return 'Submitted. Loading your result…';
    case 'failed':
      return state.message;
  }
}
