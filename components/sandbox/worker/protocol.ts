// Messages between the sandbox page and its engine worker. Plain data only (structured-clone safe).
//
// One parse per edit: the validator worker parses and validates the text once and answers with the
// definition, the diagnostics and the source offsets (plain data: `new SourceMap(text, sourceRoot, format)`
// rebuilds the map on the page). The graph draws that definition and a run sends it back unchanged, so a run
// neither parses nor validates again.
import type { Diagnostic, ExecutionResult, ExecutionType, JsonValue, StateMachineDefinition } from '../../../lib/engine/types';
import type { SourceNode } from '../../../lib/engine/parse';
import type { TestStateInput, TestStateOutput } from '../../../lib/engine';
import type { CostBreakdown } from '../../../lib/pricing/types';
import type { GradableScenario, Verdict } from '../../../lib/grading/types';
import type { FaultSpec } from '../lib/faults';
import type { GeneratedWorld } from '../lib/generated-world';

export type DefinitionFormat = 'json' | 'yaml';

export interface ValidateRequest {
  kind: 'validate';
  id: number;
  text: string;
  type: ExecutionType;
}

export interface ValidateResponse {
  kind: 'validated';
  id: number;
  /** The format the engine found (JSON when the text starts with '{' and parses as JSON, else YAML). */
  format: DefinitionFormat;
  /** The parsed object, even when it has validation errors (the graph draws what it can). */
  definition?: StateMachineDefinition;
  diagnostics: Diagnostic[];
  /** Offsets of every key and value, for the editor <-> graph link. */
  sourceRoot?: SourceNode;
}

export interface RunSettings {
  type: ExecutionType;
  seed?: number;
  faults?: FaultSpec[];
  /** A Step Functions Local mock config file (MockConfigFile.json) and the test case to use from it. */
  mockConfig?: JsonValue;
  testCase?: string;
  /** The simulated AWS account's starting contents (services WorldInit: buckets, tables, Glue jobs, Lambdas). */
  world?: JsonValue;
  /** S3 objects the worker generates before the run (lib/generated-world.ts), e.g. a million-item input. */
  generatedWorld?: GeneratedWorld;
  /** Record history and per-state traces. Off for the million-item runs, which would not fit in memory. */
  record: boolean;
  maxTransitions?: number;
  /** Wall-clock budget the engine checks between steps (StartOptions.wallClockBudgetMs). */
  budgetMs?: number;
}

export interface RunRequest {
  kind: 'run';
  id: number;
  /**
   * A definition the validator accepted (no errors) for `settings.type`: the worker runs it without
   * validating again.
   */
  definition: StateMachineDefinition;
  /** Size of its text in UTF-8 bytes, for the bill's Express memory estimate. */
  definitionBytes: number;
  input: string;
  settings: RunSettings;
}

/**
 * Grade a definition against a scenario's cases (the visible ones, in the browser), keeping each case's run.
 * It carries the text: grading parses it itself, as the server does, so both see the same definition.
 */
export interface GradeRequest {
  kind: 'grade';
  id: number;
  scenario: GradableScenario;
  text: string;
  /** Wall-clock budget shared by the cases (default BROWSER_RUN_BUDGET_MS). */
  budgetMs?: number;
}

/**
 * RedriveExecution of the run on screen (lib/engine/redrive), by the key its RunResponse carried: the worker
 * keeps the stopped execution's checkpoint (RunResponse.redrive says why it never crosses to the page) and
 * redrives it with the settings as they are now (faults or a mock test case changed so the retry can
 * succeed). Answered with a RunResponse; a refusal comes back as `refusal` with AWS's error name.
 */
export interface RedriveRequest {
  kind: 'redrive';
  id: number;
  /** RunResponse.redrive.key of the run to redrive. */
  key: number;
  definitionBytes: number;
  settings: RunSettings;
}

/** TestState on one state of the definition (lib/engine/test-state), answered with TestStateResponse. */
export interface TestStateRequest {
  kind: 'testState';
  id: number;
  request: TestStateInput;
}

export interface TestStateResponse {
  kind: 'tested';
  id: number;
  output: TestStateOutput;
}

export type WorkerRequest = ValidateRequest | RunRequest | GradeRequest | RedriveRequest | TestStateRequest;

/** The worker has begun the job (its code is loaded): the job's wall-clock budget counts from here. */
export interface StartedMessage {
  kind: 'started';
  id: number;
}

export interface ProgressMessage {
  kind: 'progress';
  id: number;
  stateTransitions: number;
  virtualTimeMs: number;
  /** While a Distributed Map runs: items whose child executions have finished, out of the Map Run's total. */
  mapRun?: { stateName: string; itemsProcessed: number; totalItems: number };
}

export interface RunResponse {
  kind: 'result';
  id: number;
  /** Present when the input or the simulated world could not be used; the run never started. */
  problems?: string[];
  result?: ExecutionResult;
  /** The cost model's breakdown (lib/pricing costOf), or why it could not price the run. */
  bill?: CostBreakdown;
  billError?: string;
  /** A redrive AWS would refuse: its error name (ExecutionNotRedrivable...) and message. */
  refusal?: { error: string; message: string };
  /**
   * A run that did not succeed: the key the worker keeps its redrive checkpoint under (RedriveRequest.key),
   * and why AWS would refuse to redrive it now (null when it would not). The checkpoint itself stays in the
   * worker: it holds the input and state inputs as values, and one nested thousands of levels deep cannot
   * cross to the page by structured clone. `result` comes without it.
   */
  redrive?: { key: number; block: string | null };
  /** What of the result was left out because it could not cross to the page (nested too deeply). */
  notice?: string;
  /** Real milliseconds the run took in the worker. */
  wallMs: number;
}

export interface CrashMessage {
  kind: 'crash';
  id: number;
  message: string;
}

export interface GradeResponse {
  kind: 'graded';
  id: number;
  verdict: Verdict;
}

export type WorkerResponse = ValidateResponse | StartedMessage | ProgressMessage | RunResponse | GradeResponse | TestStateResponse | CrashMessage;
