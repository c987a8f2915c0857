// One type per state type, discriminated by `Type`: what a validated definition's states hold, so the state
// files read `def.Choices` as rules and `def.Default` as a name instead of casting unknowns. The validator
// (lib/engine/validate) is what makes a definition match these; the runtime trusts only a validated one.
// https://states-language.net/spec.html

import type { JsonObject, JsonValue, QueryLanguage, StateDefinition, StateMachineDefinition, StateType } from '../types';

interface Common {
  Comment?: string;
  QueryLanguage?: QueryLanguage;
  /** JSONPath */
  InputPath?: string | null;
  /** JSONPath */
  OutputPath?: string | null;
  /** JSONata */
  Output?: JsonValue;
  Assign?: JsonObject;
}

interface Flow {
  Next?: string;
  End?: boolean;
}

interface Results {
  Parameters?: JsonValue;
  Arguments?: JsonValue;
  ResultSelector?: JsonValue;
  ResultPath?: string | null;
  Retry?: JsonObject[];
  Catch?: JsonObject[];
}

export interface PassState extends Common, Flow {
  Type: 'Pass';
  Result?: JsonValue;
  Parameters?: JsonValue;
  ResultPath?: string | null;
}

export interface TaskState extends Common, Flow, Results {
  Type: 'Task';
  Resource: string;
  TimeoutSeconds?: number | string;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | string;
  HeartbeatSecondsPath?: string;
  Credentials?: JsonValue;
}

/** A rule of Choices: a JSONPath comparison (Variable and one operator, or And/Or/Not) or a JSONata Condition. */
export type ChoiceRule = JsonObject & { Next?: string; Assign?: JsonObject; Output?: JsonValue };

export interface ChoiceState extends Common {
  Type: 'Choice';
  Choices: ChoiceRule[];
  Default?: string;
}

export interface WaitState extends Common, Flow {
  Type: 'Wait';
  Seconds?: number | string;
  Timestamp?: string;
  SecondsPath?: string;
  TimestampPath?: string;
}

export interface SucceedState extends Common {
  Type: 'Succeed';
}

export interface FailState extends Omit<Common, 'Assign' | 'Output' | 'InputPath' | 'OutputPath'> {
  Type: 'Fail';
  Error?: string;
  Cause?: string;
  ErrorPath?: string;
  CausePath?: string;
}

export interface ParallelState extends Common, Flow, Results {
  Type: 'Parallel';
  Branches: StateMachineDefinition[];
}

/** A Map's ItemProcessor: a state machine, run inline or (Mode DISTRIBUTED) as child executions. */
export interface ItemProcessor extends StateMachineDefinition {
  ProcessorConfig?: { Mode?: 'INLINE' | 'DISTRIBUTED'; ExecutionType?: 'STANDARD' | 'EXPRESS' };
}

/** A Distributed Map's ItemReader: where the items come from (an S3 object or listing). */
export interface ItemReader {
  Resource?: string;
  Parameters?: JsonValue;
  Arguments?: JsonValue;
  ReaderConfig?: {
    InputType?: string;
    CSVHeaderLocation?: 'FIRST_ROW' | 'GIVEN';
    CSVHeaders?: string[];
    CSVDelimiter?: string;
    MaxItems?: number | string;
    MaxItemsPath?: string;
  };
}

/** A Distributed Map's ItemBatcher: how many items each child execution gets. */
export interface ItemBatcher {
  MaxItemsPerBatch?: number | string;
  MaxItemsPerBatchPath?: string;
  MaxInputBytesPerBatch?: number | string;
  MaxInputBytesPerBatchPath?: string;
  BatchInput?: JsonValue;
}

/** A Distributed Map's ResultWriter: where (and in what shape) the children's results go. */
export interface ResultWriter {
  Resource?: string;
  Parameters?: JsonValue;
  Arguments?: JsonValue;
  WriterConfig?: { Transformation?: 'NONE' | 'COMPACT' | 'FLATTEN'; OutputType?: 'JSON' | 'JSONL' };
}

export interface MapState extends Common, Flow, Results {
  Type: 'Map';
  ItemProcessor?: ItemProcessor;
  Iterator?: StateMachineDefinition;
  ItemsPath?: string;
  Items?: JsonValue;
  ItemSelector?: JsonValue;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ItemReader?: ItemReader;
  ItemBatcher?: ItemBatcher;
  ResultWriter?: ResultWriter;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  Label?: string;
}

/** Any state, discriminated by Type. */
export type AslState = PassState | TaskState | ChoiceState | WaitState | SucceedState | FailState | ParallelState | MapState;

/** Each state type's member of the union, by name (an indexed type, so `StateOfType<'Task'>` is a
 * `StateOfType<StateType>`: a conditional type such as Extract would make the compiled state invariant). */
export interface AslStateByType {
  Pass: PassState;
  Task: TaskState;
  Choice: ChoiceState;
  Wait: WaitState;
  Succeed: SucceedState;
  Fail: FailState;
  Parallel: ParallelState;
  Map: MapState;
}

export type StateOfType<T extends StateType> = AslStateByType[T];

/**
 * The fields the shared data-flow steps (runtime/dataflow*.ts) read on any state: each is optional, and a
 * state type without one (a Choice has no Parameters) simply never has it once validated. Every AslState is
 * one of these, so the data flow reads them without knowing which state it serves.
 */
export interface DataFlowFields {
  Type: StateType;
  QueryLanguage?: QueryLanguage;
  InputPath?: string | null;
  OutputPath?: string | null;
  Parameters?: JsonValue;
  Arguments?: JsonValue;
  ResultSelector?: JsonValue;
  ResultPath?: string | null;
  Output?: JsonValue;
  Assign?: JsonObject;
}

/**
 * A state of a definition as the union above: the one place the runtime turns the loose parsed object into a
 * typed state (runtime/compile.ts does it once per state, having checked that Type names a state type). The
 * validator is what makes the fields match; the interpreter only runs validated definitions.
 */
export function aslState(def: StateDefinition): AslState {
  return def as unknown as AslState;
}

/**
 * The state as its own type: the one place a definition's loose object becomes a typed state. It checks the
 * discriminant, so a handler given the wrong state fails loudly instead of reading missing fields.
 */
export function stateOf<T extends StateType>(def: StateDefinition, type: T): StateOfType<T> {
  if (def.Type !== type) throw new TypeError(`A ${String(def.Type)} state was handed to the ${type} handler.`);
  return def as unknown as StateOfType<T>;
}
