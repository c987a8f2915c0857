// One type per state type, discriminated by `Type`: what a validated definition's states hold, so the state
// files read `def.Choices` as rules and `def.Default` as a name instead of casting unknowns. The validator
// (lib/engine/validate) is what makes a definition match these; the runtime trusts only a validated one.
// https://states-language.net/spec.html

import type { JsonObject, JsonValue, QueryLanguage, StateDefinition, StateType } from '../types';

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
  Branches: JsonObject[];
}

export interface MapState extends Common, Flow, Results {
  Type: 'Map';
  ItemProcessor?: JsonObject;
  Iterator?: JsonObject;
  ItemsPath?: string;
  Items?: JsonValue;
  ItemSelector?: JsonValue;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ItemReader?: JsonObject;
  ItemBatcher?: JsonObject;
  ResultWriter?: JsonObject;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  Label?: string;
}

/** Any state, discriminated by Type. */
export type AslState = PassState | TaskState | ChoiceState | WaitState | SucceedState | FailState | ParallelState | MapState;

export type StateOfType<T extends StateType> = Extract<AslState, { Type: T }>;

/**
 * The state as its own type: the one place a definition's loose object becomes a typed state. It checks the
 * discriminant, so a handler given the wrong state fails loudly instead of reading missing fields.
 */
export function stateOf<T extends StateType>(def: StateDefinition, type: T): StateOfType<T> {
  if (def.Type !== type) throw new TypeError(`A ${String(def.Type)} state was handed to the ${type} handler.`);
  return def as unknown as StateOfType<T>;
}
