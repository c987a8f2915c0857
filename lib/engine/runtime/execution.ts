// Everything one execution shares: the virtual clock, the history, counters for billing and limits, the
// seeded random source, the task handlers. States read and update it; nothing here is global.

import type { ExecutionType, JsonValue, StartExecutionFn, StartOptions, StateTrace, TaskHandler, TaskHandlers } from '../types';
import { createRandom, type SeededRandom } from '../random';
import { VirtualClock } from './clock';
import { History } from './history';
import type { ContextBase } from './context-object';
import { RunHalt } from './outcome';
import { PAYLOAD_LIMIT_BYTES } from '../json-text';
import { BUDGET_CAUSE_PREFIX, budgetText, realClock } from './budget';
import { own, setOwn } from '../own';
import type { CompiledMachine, CompiledState } from './compile';
import { giveBackTally, NO_TALLY, takeTally, transitionsByStateOf, type Tally } from './transitions-by-state';
import { STATES_ERRORS } from '../asl/errors';

/** Standard executions fail past this many history events (developer guide "Quotas"). */
export const STANDARD_HISTORY_LIMIT = 25_000;
/** Express executions time out after five minutes. */
export const EXPRESS_MAX_MS = 5 * 60 * 1000;
/**
 * Standard executions time out after one year ("Maximum execution time: 1 year", developer guide "Quotas":
 * past it the execution fails with States.Timeout). Taken as 365 days; a Wait or Retry longer than that can
 * only end TIMED_OUT.
 */
export const STANDARD_MAX_MS = 365 * 24 * 3600 * 1000;

/** Which limit a run's virtual deadline is: what its timeout cause explains. */
type DeadlineKind = 'timeout-seconds' | 'express' | 'standard';

const TIMEOUT_CAUSES: Record<DeadlineKind, string> = {
  'timeout-seconds': 'The execution ran longer than the TimeoutSeconds of the state machine.',
  express: 'The Express execution ran longer than its 5-minute limit.',
  standard: 'The Standard execution ran longer than its maximum duration of one year.',
};
export const DEFAULT_MAX_TRANSITIONS = 100_000;

export class Execution {
  readonly clock: VirtualClock;
  readonly history: History;
  /** Seeded on first use: most runs (and most Distributed Map children) never draw a random number. */
  get random(): SeededRandom {
    return (this.rng ??= createRandom(this.options.seed ?? 0));
  }
  private rng: SeededRandom | undefined;
  readonly type: ExecutionType;
  readonly startMs: number;
  /** Absolute virtual time at which the run times out (top-level TimeoutSeconds or the Express cap). */
  readonly deadlineMs: number;
  private readonly deadlineKind: DeadlineKind;
  readonly maxTransitions: number;
  /** Events past which the run fails: Standard's quota, none for Express (one compare a transition). */
  private readonly historyLimit: number;
  readonly payloadLimit: number;
  transitions = 0;
  /**
   * Transitions per state, one array per compiled machine indexed by CompiledState.index (see enter): the
   * top machine's (the first one counted) in the tally, inner machines' (Map, Parallel) in a map made on first
   * need. The top machine's tally is lent by its last finished run (takeTally, giveBackTally).
   */
  private top: CompiledMachine | undefined = undefined;
  private inner: Map<CompiledMachine, number[]> | undefined = undefined;
  /** The counts of the top machine and every state entered, in first-entered order (transitionsByState). */
  tally: Tally = NO_TALLY;
  /** Whether entering a state must also look at the abort signal, the callbacks or the real-time budget. */
  private readonly watched: boolean;
  private readonly signal: AbortSignal | undefined;
  private readonly onStateEntered: ((stateName: string) => void) | undefined;
  private readonly onProgress: StartOptions['onProgress'];
  readonly traces: StateTrace[] | undefined;
  /** Real time (wallClock) past which the run stops between steps; Infinity without a budget. */
  readonly wallDeadline: number;
  readonly wallClock: () => number;
  /** How a Task starts a nested execution: set by the composing top level (start.ts), never imported here. */
  startNested: StartExecutionFn | undefined;
  private invocations: Map<string, number> | undefined;
  private ctxBase: ContextBase | (() => ContextBase);

  get contextBase(): ContextBase {
    const base = this.ctxBase;
    return typeof base === 'function' ? (this.ctxBase = base()) : base;
  }
  private tokens = 0;

  constructor(
    readonly options: StartOptions,
    startMs: number,
    timeoutSeconds: number | undefined,
    /** $$'s Execution and StateMachine parts, or how to build them when an expression first reads $$. */
    contextBase: ContextBase | (() => ContextBase),
    readonly executionInput: JsonValue,
    /** A Distributed Map child keeps its parent's real-time deadline. */
    inheritedWallDeadline?: number,
    /** A compiled machine's type, which wins over options.type. */
    type: ExecutionType = options.type ?? 'STANDARD',
  ) {
    this.ctxBase = contextBase;
    this.startMs = startMs;
    this.clock = new VirtualClock(startMs);
    this.history = new History(options.recordHistory !== false, this.clock);
    this.type = type;
    this.maxTransitions = options.maxTransitions ?? DEFAULT_MAX_TRANSITIONS;
    this.historyLimit = type === 'STANDARD' ? STANDARD_HISTORY_LIMIT : Number.POSITIVE_INFINITY;
    this.payloadLimit = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.traces = options.trace ? [] : undefined;
    // Every run has a finite virtual deadline, so the clock stays a valid date whatever the definition waits.
    let deadline = startMs + (this.type === 'EXPRESS' ? EXPRESS_MAX_MS : STANDARD_MAX_MS);
    let kind: DeadlineKind = this.type === 'EXPRESS' ? 'express' : 'standard';
    if (timeoutSeconds !== undefined && startMs + timeoutSeconds * 1000 <= deadline) {
      deadline = startMs + timeoutSeconds * 1000;
      kind = 'timeout-seconds';
    }
    this.deadlineMs = deadline;
    this.deadlineKind = kind;
    this.wallClock = options.wallClock ?? realClock;
    const budget = options.wallClockBudgetMs;
    this.wallDeadline =
      inheritedWallDeadline ??
      (budget !== undefined && Number.isFinite(budget) ? this.wallClock() + Math.max(0, budget) : Number.POSITIVE_INFINITY);
    // Read once: the loop then checks one flag per transition instead of four options.
    this.signal = options.signal;
    this.onStateEntered = options.onStateEntered;
    this.onProgress = options.onProgress;
    this.watched =
      this.signal !== undefined || this.onStateEntered !== undefined || this.onProgress !== undefined || this.wallDeadline !== Number.POSITIVE_INFINITY;
  }

  /** The transition counts of `machine`'s states in this execution: what a run of it hands to `enter`. */
  countsOf(machine: CompiledMachine): number[] {
    if (machine === this.top) return this.tally.counts;
    if (this.top === undefined) {
      this.top = machine;
      this.tally = takeTally(machine);
      return this.tally.counts;
    }
    const inner = (this.inner ??= new Map());
    let counts = inner.get(machine);
    if (counts === undefined) inner.set(machine, (counts = new Array<number>(machine.list.length).fill(0)));
    return counts;
  }

  /** Transitions per state name (billing.transitionsByState), in the order the states were first entered. */
  transitionsByState(): Record<string, number> {
    if (this.inner === undefined) return this.top === undefined ? {} : transitionsByStateOf(this.top, this.tally);
    const byState: Record<string, number> = {};
    this.tally.flush();
    const { entered, enteredCount } = this.tally;
    // Inner machines (Map, Parallel) may reuse a name: their counts add up under it.
    for (let i = 0; i < enteredCount; i++) {
      const state = entered[i]!;
      setOwn(byState, state.name, (own(byState, state.name) ?? 0) + this.countsOf(state.machine)[state.index]!);
    }
    return byState;
  }

  /**
   * The run is over and its billing read: its top machine's tally goes back for the next run of that machine
   * to count in (zeroed). Nothing may count in this execution afterwards.
   */
  releaseCounts(): void {
    const top = this.top;
    if (top === undefined) return;
    giveBackTally(top, this.tally);
    this.top = undefined;
    this.tally = NO_TALLY;
    this.inner = undefined;
  }

  /** Called on every *StateEntered with `counts` = countsOf(state.machine): counts the transition, enforces the limits. */
  enter(state: CompiledState, counts: number[]): void {
    this.tally.count(state, counts);
    this.countTransition(state.name);
  }

  /**
   * How many transitions can be counted before a per-transition check could fire: none while something
   * watches each one, else what the transition cap and the Standard history quota (two events a state) leave.
   * A batch of that many may skip the checks (runtime/forward-run.ts).
   */
  uncheckedRoom(): number {
    if (this.watched) return 0;
    // Whole transitions only: a cap of 10.5 must stop the 11th, as the one-by-one check does.
    return Math.floor(Math.min(this.maxTransitions - this.transitions, (this.historyLimit - this.history.count) / 2));
  }

  private countTransition(stateName: string): void {
    this.transitions++;
    if (this.transitions > this.maxTransitions) {
      throw new RunHalt(
        'FAILED',
        STATES_ERRORS.Runtime,
        `The execution exceeded the engine's limit of ${this.maxTransitions} state transitions (the maxTransitions option); it may loop forever.`,
      );
    }
    if (this.history.count > this.historyLimit) {
      throw new RunHalt(
        'FAILED',
        STATES_ERRORS.Runtime,
        `The execution reached the maximum number of history events (${STANDARD_HISTORY_LIMIT}) for a Standard workflow.`,
      );
    }
    if (this.watched) this.watch(stateName);
  }

  /** The per-transition checks only some runs ask for: abort, onStateEntered, the real-time budget, onProgress. */
  private watch(stateName: string): void {
    if (this.signal?.aborted) throw new RunHalt('ABORTED', undefined, undefined);
    this.onStateEntered?.(stateName);
    if (this.wallDeadline !== Number.POSITIVE_INFINITY && this.wallClock() > this.wallDeadline) throw this.budgetSpent(stateName);
    if ((this.transitions & 4095) === 0 && this.onProgress) {
      this.onProgress({ stateTransitions: this.transitions, virtualTimeMs: this.clock.now - this.startMs });
    }
  }

  private budgetSpent(stateName: string): RunHalt {
    const budget = this.options.wallClockBudgetMs ?? 0;
    return new RunHalt(
      'FAILED',
      STATES_ERRORS.Runtime,
      `${BUDGET_CAUSE_PREFIX} of ${budgetText(budget)} (real time, an engine limit rather than an AWS one) ` +
        `and was stopped on entering state '${stateName}' after ${this.transitions - 1} state transitions. ` +
        'Something in the definition makes the engine work very hard: a huge Map, a long loop or a slow expression.',
      true,
    );
  }

  /** A retry is billed as one more transition. */
  countRetry(state: CompiledState): void {
    this.enter(state, this.countsOf(state.machine));
  }

  /** Moves the clock forward; past the deadline the run times out (the clock stops at the deadline). */
  advance(ms: number): void {
    // A handler's NaN durationMs moves nothing; Infinity (a Retry's back-off overflowing) times out like any
    // other wait past the deadline, which is always finite, so the clock stays a valid date.
    if (Number.isNaN(ms)) return;
    if (ms > this.deadlineMs - this.clock.now) {
      this.clock.now = this.deadlineMs;
      throw this.timeout();
    }
    this.clock.advance(ms);
  }

  timeout(): RunHalt {
    return new RunHalt('TIMED_OUT', STATES_ERRORS.Timeout, TIMEOUT_CAUSES[this.deadlineKind]);
  }

  nextInvocation(stateName: string): number {
    const invocations = (this.invocations ??= new Map());
    const n = invocations.get(stateName) ?? 0;
    invocations.set(stateName, n + 1);
    return n;
  }

  /** A seeded, unique task token for .waitForTaskToken. */
  newTaskToken(): string {
    this.tokens++;
    return `${this.random.uuid()}-${this.tokens.toString(16).padStart(4, '0')}`;
  }

  handlerFor(stateName: string, resource: string): TaskHandler | undefined {
    const tasks: TaskHandlers | undefined = this.options.tasks;
    if (tasks === undefined) return undefined;
    if (typeof tasks === 'function') return tasks;
    return own(tasks.states, stateName) ?? own(tasks.resources, resource) ?? tasks.fallback;
  }
}
