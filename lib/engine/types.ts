// The engine's public contract. Every other part of the product (sandbox, grading, pricing, services, CLI)
// talks to the engine through these types only. Keep this file free of behaviour.

import type { ValidationRule } from './asl/rules';

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

// ---------------------------------------------------------------------------------------------- diagnostics

export interface Position {
  /** 1-based line */
  line: number;
  /** 1-based column */
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** One problem in a definition. Many are reported at once; the engine never throws for bad input. */
export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. 'UNKNOWN_FIELD', 'MISSING_TRANSITION_TARGET', 'SCHEMA_VALIDATION_FAILED'. */
  code: string;
  /** The validation rule that reported it (lib/engine/asl/rules.ts); absent for parse errors. */
  rule?: ValidationRule;
  message: string;
  /** Path into the definition, e.g. ['States', 'Check', 'Choices', 0, 'Next']. */
  path: (string | number)[];
  /** Where in the source text; a zero range at 1:1 when the definition did not come from text. */
  range: Range;
}

// ---------------------------------------------------------------------------------------------- definition

export type QueryLanguage = 'JSONPath' | 'JSONata';

/**
 * A parsed Amazon States Language definition. State fields are kept as the JSON the author wrote;
 * the validator guarantees their shape before the interpreter runs them.
 */
export interface StateMachineDefinition {
  StartAt: string;
  States: Record<string, StateDefinition>;
  Comment?: string;
  Version?: string;
  TimeoutSeconds?: number;
  QueryLanguage?: QueryLanguage;
  [extra: string]: unknown;
}

export type StateType = 'Task' | 'Pass' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';

export interface StateDefinition {
  Type: StateType;
  [field: string]: unknown;
}

// ---------------------------------------------------------------------------------------------- history

export type ExecutionType = 'STANDARD' | 'EXPRESS';
export type ExecutionStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/**
 * One event exactly as GetExecutionHistory returns it: `input` / `output` inside the details are JSON
 * *text*; the details key is the camel-cased type family, e.g. `stateEnteredEventDetails`,
 * `taskScheduledEventDetails`, `mapIterationStartedEventDetails`.
 */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  /** ISO-8601 timestamp on the virtual clock. */
  timestamp: string;
  type: string;
  [details: string]: unknown;
}

export interface Billing {
  /** One per *StateEntered event (inner Map/Parallel states included) plus one per retry attempt. */
  stateTransitions: number;
  /** Simulated duration, start to end, in milliseconds. */
  durationMs: number;
  historyEvents: number;
  /** Per-state transition counts (retries included), for the cost breakdown. */
  transitionsByState?: Record<string, number>;
  /**
   * One entry per Distributed Map Map Run this execution started. Child executions are executions of their
   * own, billed by their own type, so their transitions are NOT in `stateTransitions` above. Read by
   * lib/pricing (costOf) to bill the children.
   */
  childExecutions?: ChildExecutionsBilling[];
}

/** What the child executions of one Distributed Map Map Run used, for the cost model. */
export interface ChildExecutionsBilling {
  /** The Distributed Map state's name (its Label when it has one). */
  mapStateName: string;
  /** `ProcessorConfig.ExecutionType`: each child is billed as this type. */
  type: ExecutionType;
  /** Child executions started: one per item, or one per batch with ItemBatcher. Each Express child is one request. */
  count: number;
  /** Items the children processed (more than `count` when ItemBatcher groups items). */
  items?: number;
  /** Sum of all children's state transitions, retries included (what STANDARD children are billed on). */
  totalTransitions?: number;
  /** All children's transitions by state name, retries included, for the breakdown. */
  transitionsByState?: Record<string, number>;
  /** Sum of all children's durations in ms, start to end. */
  totalDurationMs?: number;
  /**
   * Sum of each child's duration rounded up to the next 100 ms (EXPRESS billing rounds every execution).
   * When absent the cost model rounds the average child duration instead, and says so.
   */
  totalBilledDurationMs?: number;
  /** Size in bytes of the ItemProcessor definition (Express memory estimate). */
  definitionBytes?: number;
  /** Largest child input in bytes (Express memory estimate). */
  maxInputBytes?: number;
  /** Map/Parallel steps inside one child (Express memory estimate); 0 when absent. */
  mapParallelStepsPerChild?: number;
}

export interface ExecutionResult {
  status: ExecutionStatus;
  output?: JsonValue;
  error?: string;
  cause?: string;
  events: HistoryEvent[];
  billing: Billing;
  /** Execution ARN and the times on the virtual clock. */
  executionArn?: string;
  startDate?: string;
  stopDate?: string;
  /** Present when StartOptions.trace is true: each state visit's data-flow steps, for the sandbox inspector. */
  trace?: StateTrace[];
  /**
   * One summary per Distributed Map Map Run this execution started (DescribeMapRun-shaped counts, the first
   * child executions with their histories). Absent when the run started none.
   */
  mapRuns?: MapRunSummary[];
  /** How many times this execution was redriven (DescribeExecution's redriveCount); 0 for a first run. */
  redriveCount?: number;
  /** When the latest redrive started, on the virtual clock (DescribeExecution's redriveDate). */
  redriveDate?: string;
  /**
   * What RedriveExecution needs to resume this execution (lib/engine/redrive): present on Standard executions
   * that did not succeed. A plain JSON value, so it survives postMessage and storage.
   */
  redrive?: RedriveCheckpoint;
}

// ---------------------------------------------------------------------------------------------- redrive

/**
 * Where one run (the top level, a Parallel branch or a Map iteration) stopped: the state that did not
 * succeed, the input it had and the variables its scope held when it entered (Assign is committed only on
 * success, so these are the values the state saw).
 */
export interface RedrivePoint {
  state: string;
  input: JsonValue;
  variables?: Record<string, JsonValue>;
  /** For a Map or Parallel state that did not succeed: each iteration or branch, index-aligned. */
  lanes?: (RedriveLane | null)[];
  /** A Distributed Map's Map Run: redriven under the same ARN (MapRunRedriven). */
  mapRun?: { arn: string; redriveCount: number };
}

/** One iteration or branch of a stopped Map or Parallel; `null` in RedrivePoint.lanes means it never started. */
export type RedriveLane = { status: 'SUCCEEDED'; output: JsonValue } | { status: 'FAILED'; point: RedrivePoint | null };

/** The execution as AWS keeps it for RedriveExecution: the same definition, input and identity. */
export interface RedriveCheckpoint {
  definition: StateMachineDefinition;
  input: JsonValue;
  inputString?: string;
  type: ExecutionType;
  name: string;
  stateMachineName: string;
  roleArn: string;
  accountId: string;
  region: string;
  seed: number;
  /** Epoch ms of the original start (the redrive window and the one-year limit count from it / the stop). */
  startMs: number;
  context?: JsonObject;
  /** Undefined when the execution stopped before entering any state. */
  point: RedrivePoint | null;
  /** Set when the run stopped because it reached the Standard history quota (AWS refuses to redrive it). */
  historyLimitReached?: boolean;
}

// ---------------------------------------------------------------------------------------------- map runs

/** Item or child-execution counts of a Map Run, as DescribeMapRun reports them. */
export interface MapRunCounts {
  pending: number;
  running: number;
  succeeded: number;
  failed: number;
  timedOut: number;
  aborted: number;
  total: number;
  /** Results written by ResultWriter (0 without one). */
  resultsWritten: number;
}

/** One child execution kept with its history (the first `childHistoriesLimit` of a Map Run). */
export interface MapRunChild extends ExecutionResult {
  /** 0-based position of the child in the Map Run (item index, or batch index with ItemBatcher). */
  index: number;
  name: string;
  input: JsonValue;
}

/** What the console's Map Run page shows for one Distributed Map run (DescribeMapRun plus the children). */
export interface MapRunSummary {
  mapRunArn: string;
  /** The parent execution. */
  executionArn: string;
  /** The Distributed Map state's name. */
  stateName: string;
  label?: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  /** ProcessorConfig.ExecutionType of the children. */
  executionType: ExecutionType;
  startDate: string;
  stopDate?: string;
  /** 0 means no limit was set (AWS then runs up to 10,000 children at once). */
  maxConcurrency: number;
  toleratedFailurePercentage: number;
  toleratedFailureCount: number;
  itemCounts: MapRunCounts;
  executionCounts: MapRunCounts;
  error?: string;
  cause?: string;
  /** The first child executions, in start order, each with its own history. */
  children: MapRunChild[];
  /** How many children were kept in `children` (the rest are only counted). */
  childHistoriesKept: number;
  /** The cap that applied (StartOptions.mapRunChildHistories). */
  childHistoriesLimit: number;
}

/**
 * One visit of one state (a retried Task is one visit). Each step is the value *after* that step, so a learner
 * can see what InputPath, Parameters/Arguments, ResultSelector, ResultPath and OutputPath each did.
 * Steps a state does not have are left out. `path` locates nested states: ['Map1', 3, 'Inner'] is the state
 * Inner in iteration 3 of Map1; ['Par', 1, 'B'] is state B in branch 1 of Par.
 */
export interface StateTrace {
  stateName: string;
  stateType: StateType;
  path: (string | number)[];
  /** History event id of the *StateEntered event, to link the trace with the history table. */
  enteredEventId?: number;
  input: JsonValue;
  afterInputPath?: JsonValue;
  afterParameters?: JsonValue;
  result?: JsonValue;
  afterResultSelector?: JsonValue;
  afterResultPath?: JsonValue;
  output?: JsonValue;
  /** Variables visible after the state's Assign (JSONata/variables support). */
  variables?: JsonObject;
  outcome: 'succeeded' | 'failed' | 'caught';
  retries: number;
  error?: string;
  cause?: string;
  /** Next state taken, if any. */
  next?: string;
}

// ---------------------------------------------------------------------------------------------- tasks

/** What a Task state hands to whoever answers it (a test's mock, the simulated AWS, a mock-config file). */
export interface TaskInvocation {
  stateName: string;
  resource: string;
  /** The effective request: the Task's input after InputPath + Parameters (or JSONata Arguments). */
  input: JsonValue;
  /** 0-based count of invocations of this state in this execution (retries consume numbers). */
  invocation: number;
  /** 0 on the first attempt, 1 on the first retry, ... */
  retryCount: number;
  /** Present for `.waitForTaskToken` resources. */
  taskToken?: string;
  /** Virtual time of the call, epoch milliseconds. */
  now: number;
  executionType: ExecutionType;
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
  /** The context object ($$) as the state sees it. */
  context: JsonObject;
  /** Credentials block of the Task, if any. */
  credentials?: JsonValue;
  /**
   * Starts a nested execution on the same engine (the simulated states:startExecution uses it): handed down
   * by the engine's top level, so the simulated services never import the engine back.
   */
  startExecution?: StartExecutionFn;
}

export type StartExecutionFn = (definition: StateMachineDefinition, input?: JsonValue, options?: StartOptions) => Promise<ExecutionResult>;

/**
 * The answer to a Task. `durationMs` advances the virtual clock (a Glue job that runs 20 minutes finishes
 * instantly in real time). For `.sync` resources `submitted` is what the TaskSubmitted event records.
 * For `.waitForTaskToken`, `heartbeatsAtMs` lists when SendTaskHeartbeat arrives (ms after the start);
 * `noResponse` means nobody ever calls back, so only TimeoutSeconds/HeartbeatSeconds end the wait.
 */
export type TaskOutcome =
  | { kind: 'success'; output: JsonValue; durationMs?: number; submitted?: JsonValue; heartbeatsAtMs?: number[] }
  | { kind: 'failure'; error: string; cause?: string; durationMs?: number; submitted?: JsonValue; heartbeatsAtMs?: number[] }
  | { kind: 'noResponse'; submitted?: JsonValue; heartbeatsAtMs?: number[] };

export type TaskHandler = (invocation: TaskInvocation) => TaskOutcome | Promise<TaskOutcome>;

/**
 * Either one handler for every Task, or handlers by state name (checked first) and by resource ARN,
 * with a fallback. A Task that no handler answers fails with a clear `States.TaskFailed` cause.
 */
export type TaskHandlers =
  | TaskHandler
  | { states?: Record<string, TaskHandler>; resources?: Record<string, TaskHandler>; fallback?: TaskHandler };

/** Thrown by a handler (or returned as a failure outcome) to fail a Task with an AWS-named error. */
export class TaskError extends Error {
  constructor(
    public readonly error: string,
    public readonly causeText?: string,
  ) {
    super(`${error}${causeText ? `: ${causeText}` : ''}`);
    this.name = 'TaskError';
  }
}

// ---------------------------------------------------------------------------------------------- options

export interface StartOptions {
  type?: ExecutionType;
  /** Execution name (default derived from the seed). */
  name?: string;
  stateMachineName?: string;
  roleArn?: string;
  accountId?: string;
  region?: string;
  /** Overrides merged into the context object ($$). */
  context?: JsonObject;
  /** Virtual start time: ISO string or epoch ms. Default 2024-01-01T00:00:00Z. */
  startTime?: string | number;
  /** Seed for jitter, States.MathRandom, States.UUID, $random, $uuid. Same seed, same run. */
  seed?: number;
  signal?: AbortSignal;
  /** Hard cap on state transitions; exceeding it fails the run with a clear error. Default 100,000. */
  maxTransitions?: number;
  /**
   * Payload quota in bytes (default 262,144 = 256 KiB, AWS's). Only for experiments such as the engine
   * benchmark's 100,000-item Map, whose input no real execution could accept.
   */
  payloadLimitBytes?: number;
  /** Record history events (default true). Billing counters are kept either way. */
  recordHistory?: boolean;
  /** Exact text of the input as given to StartExecution (AWS echoes a non-object input verbatim). */
  inputString?: string;
  tasks?: TaskHandlers;
  /**
   * Wall-clock budget in milliseconds (real time, not the virtual clock), checked between steps: past it the
   * run ends FAILED with `States.Runtime` and a cause naming the state it had reached. Defaults for each
   * caller: WALL_CLOCK_BUDGET_MS. A single evaluation that never returns is not interrupted by this check;
   * callers that run untrusted definitions also run them in a worker terminated from outside (lib/bounded).
   * No budget when absent.
   */
  wallClockBudgetMs?: number;
  /** The real-time clock the budget is measured on, epoch ms (default Date.now); tests inject their own. */
  wallClock?: () => number;
  /** Called with the state's name each time a state is entered (a bounded worker's progress label). */
  onStateEntered?: (stateName: string) => void;
  /**
   * Validate the definition for this execution type before running (default true). AWS refuses an invalid
   * definition at CreateStateMachine, so it never runs; here the run ends FAILED with error
   * 'States.InvalidDefinition' and the diagnostics in the cause. Set false only to exercise the interpreter on
   * definitions that skipped validation on purpose (the fuzz test).
   */
  validate?: boolean;
  /** Record a StateTrace per state visit (sandbox inspector). Off by default: it costs memory. */
  trace?: boolean;
  /** Called now and then during long runs (e.g. every few thousand transitions) for progress bars. */
  onProgress?: (progress: {
    stateTransitions: number;
    virtualTimeMs: number;
    /** Present while a Distributed Map runs: items whose child executions have finished, out of the total. */
    mapRun?: { stateName: string; itemsProcessed: number; totalItems: number };
  }) => void;
  /**
   * Distributed Map: how many child executions per Map Run keep their full history in
   * ExecutionResult.mapRuns (default 100); the others are only counted and billed.
   */
  mapRunChildHistories?: number;
}
