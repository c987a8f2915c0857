// What the grader takes and what it returns. Plain data: a verdict crosses a Web Worker boundary, a worker
// thread boundary on the server, and is stored as JSON with a submission.
import type { Scenario } from '../content/scenario-parse';
import type { Diagnostic, ExecutionResult, ExecutionStatus } from '../engine/types';

/** What grading reads of a scenario (a full Scenario, or the visible part a learner's browser receives). */
export type GradableScenario = Pick<
  Scenario,
  'id' | 'executionType' | 'input' | 'world' | 'generated' | 'mockConfig' | 'stateMachineName' | 'maxTransitions' | 'cases'
>;

/** One kind of check, as scenario.yaml's `expect` names it. */
export type CheckKind =
  | 'names'
  | 'status'
  | 'error'
  | 'output'
  | 'visited'
  | 'notVisited'
  | 'attempts'
  | 'caught'
  | 'published'
  | 'queued'
  | 'invoked'
  | 'items'
  | 'objects'
  | 'maxTransitions'
  | 'cost'
  | 'maxDurationSeconds';

export interface CheckResult {
  check: CheckKind;
  passed: boolean;
  /** When passed: what held ("the run ended SUCCEEDED"). When failed: what should happen and what did. */
  message: string;
}

export interface CaseVerdict {
  name: string;
  visible: boolean;
  passed: boolean;
  /** Plain language about the run's behaviour, one or more sentences. */
  feedback: string;
  checks: CheckResult[];
  /** How the run ended (absent when it could not start). */
  status?: ExecutionStatus;
  /** The execution itself, with history and trace, when GradeOptions.includeRuns is set (the browser). */
  run?: ExecutionResult;
}

export interface Verdict {
  /** The scenario id. */
  scenario: string;
  /** Every case passed. */
  passed: boolean;
  /** Share of cases passed, 0 to 100. */
  score: number;
  /** Real milliseconds the grading took. */
  ms: number;
  /** The validator's problems when the definition is not valid (then no case ran). */
  diagnostics?: Diagnostic[];
  cases: CaseVerdict[];
}

export interface GradeOptions {
  /** Grade only the visible cases (the browser's "Run the visible cases"). Default: all. */
  only?: 'visible' | 'all';
  /** Keep each case's ExecutionResult (history, trace) in the verdict. Default false. */
  includeRuns?: boolean;
  /** Clock for `ms` (milliseconds). Default performance.now. */
  now?: () => number;
  /** Upper bound on the scenario's own transition cap (the server passes its limit). */
  maxTransitions?: number;
  /** Stops the runs (checked whenever a Task answers). */
  signal?: AbortSignal;
  /**
   * Real milliseconds the whole grading may take. Each case's run gets what is left as the engine's
   * wall-clock budget (checked between steps); cases that find none left are not run. The server also
   * terminates its grading worker a little later, for an evaluation that never returns.
   */
  budgetMs?: number;
  /** Called as each case starts (the bounded worker reports it as progress). */
  onCase?: (label: string) => void;
}

/** The AWS quota on a state machine definition: 1 MB (developer guide, "Quotas"). */
export const MAX_DEFINITION_BYTES = 1_048_576;
/** Transitions a case may take unless the scenario says otherwise: far more than any sensible answer. */
export const DEFAULT_CASE_TRANSITIONS = 5_000;
