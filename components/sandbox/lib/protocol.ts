// Messages between the sandbox page and its engine worker. Plain data only (structured-clone safe).
import type { Diagnostic, ExecutionResult, ExecutionType, JsonValue, StateMachineDefinition } from '../../../lib/engine/types';
import type { SourceNode } from '../../../lib/engine/parse';
import type { FaultSpec } from './faults';
import type { GeneratedWorld } from './generated-world';
import type { CostBreakdown } from '../../../lib/pricing/types';
import type { GradableScenario, Verdict } from '../../../lib/grading/types';

export type DefinitionFormat = 'json' | 'yaml';

export interface ValidateRequest {
  kind: 'validate';
  id: number;
  text: string;
  /** The editor's mode; the engine detects the format itself and says which it found. */
  format: DefinitionFormat;
  type: ExecutionType;
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
}

export interface RunRequest {
  kind: 'run';
  id: number;
  text: string;
  format: DefinitionFormat;
  input: string;
  settings: RunSettings;
}

/** Grade a definition against a scenario's cases (the visible ones, in the browser), keeping each case's run. */
export interface GradeRequest {
  kind: 'grade';
  id: number;
  scenario: GradableScenario;
  text: string;
}

export type WorkerRequest = ValidateRequest | RunRequest | GradeRequest;

export interface ValidateResponse {
  kind: 'validated';
  id: number;
  format: DefinitionFormat;
  definition?: StateMachineDefinition;
  /** The parsed value even when it is not a valid definition, so the graph can draw what it can. */
  value?: JsonValue;
  diagnostics: Diagnostic[];
  /** Offsets of every key and value, for the editor <-> graph link. */
  sourceRoot?: SourceNode;
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
  /** Present when the definition or input could not be run; the run never started. */
  problems?: string[];
  diagnostics?: Diagnostic[];
  result?: ExecutionResult;
  /** The cost model's breakdown (lib/pricing costOf), or why it could not price the run. */
  bill?: CostBreakdown;
  billError?: string;
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

export type WorkerResponse = ValidateResponse | ProgressMessage | RunResponse | GradeResponse | CrashMessage;
