// The fields of the language, per state type and query language: one table read by the validator (which
// reports unknown, misplaced and missing fields) and by the sandbox editor's completion (which offers them).
// https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html

import type { QueryLanguage, StateType } from '../types';

/** Which query language a field belongs to; 'both' for the fields every state may carry. */
export type FieldLanguage = 'both' | QueryLanguage;

const COMMON: Record<string, FieldLanguage> = { Type: 'both', Comment: 'both', QueryLanguage: 'both' };
const FLOW: Record<string, FieldLanguage> = { Next: 'both', End: 'both' };
const IO: Record<string, FieldLanguage> = { InputPath: 'JSONPath', OutputPath: 'JSONPath', Output: 'JSONata' };
const ASSIGN: Record<string, FieldLanguage> = { Assign: 'both' };
const ERRORS: Record<string, FieldLanguage> = { Retry: 'both', Catch: 'both' };

export const STATE_FIELDS: Record<StateType, Record<string, FieldLanguage>> = {
  Pass: { ...COMMON, ...FLOW, ...IO, ...ASSIGN, Parameters: 'JSONPath', ResultPath: 'JSONPath', Result: 'JSONPath' },
  Task: {
    ...COMMON, ...FLOW, ...IO, ...ASSIGN, ...ERRORS,
    Resource: 'both', Parameters: 'JSONPath', Arguments: 'JSONata', ResultSelector: 'JSONPath', ResultPath: 'JSONPath',
    TimeoutSeconds: 'both', TimeoutSecondsPath: 'JSONPath', HeartbeatSeconds: 'both', HeartbeatSecondsPath: 'JSONPath',
    Credentials: 'both',
  },
  Choice: { ...COMMON, ...IO, ...ASSIGN, Choices: 'both', Default: 'both' },
  Wait: { ...COMMON, ...FLOW, ...IO, ...ASSIGN, Seconds: 'both', Timestamp: 'both', SecondsPath: 'JSONPath', TimestampPath: 'JSONPath' },
  Succeed: { ...COMMON, ...IO },
  Fail: { ...COMMON, Error: 'both', Cause: 'both', ErrorPath: 'JSONPath', CausePath: 'JSONPath' },
  Parallel: {
    ...COMMON, ...FLOW, ...IO, ...ASSIGN, ...ERRORS,
    Branches: 'both', Parameters: 'JSONPath', Arguments: 'JSONata', ResultSelector: 'JSONPath', ResultPath: 'JSONPath',
  },
  Map: {
    ...COMMON, ...FLOW, ...IO, ...ASSIGN, ...ERRORS,
    ItemProcessor: 'both', Iterator: 'both', ItemsPath: 'JSONPath', Items: 'JSONata', ItemSelector: 'both',
    Parameters: 'JSONPath', ResultSelector: 'JSONPath', ResultPath: 'JSONPath',
    MaxConcurrency: 'both', MaxConcurrencyPath: 'JSONPath', ItemReader: 'both', ItemBatcher: 'both', ResultWriter: 'both',
    ToleratedFailurePercentage: 'both', ToleratedFailurePercentagePath: 'JSONPath',
    ToleratedFailureCount: 'both', ToleratedFailureCountPath: 'JSONPath', Label: 'both',
  },
};

export const STATE_TYPES = Object.keys(STATE_FIELDS) as StateType[];

/** Fields a state of each type must have: one of each inner list. */
export const REQUIRED_STATE_FIELDS: Partial<Record<StateType, string[][]>> = {
  Task: [['Resource']],
  Choice: [['Choices']],
  Parallel: [['Branches']],
  Map: [['ItemProcessor', 'Iterator']],
};

/** The fields of a state of `type` written in `language`. */
export function stateFieldsFor(type: StateType, language: QueryLanguage): string[] {
  const table = STATE_FIELDS[type];
  return Object.keys(table).filter((k) => table[k] === 'both' || table[k] === language);
}

/** The fields of a state machine object: the root, a Parallel branch or a Map's item processor. */
export const MACHINE_FIELDS: Record<'root' | 'branch' | 'processor', string[]> = {
  root: ['StartAt', 'States', 'Comment', 'Version', 'TimeoutSeconds', 'QueryLanguage'],
  branch: ['StartAt', 'States', 'Comment'],
  processor: ['StartAt', 'States', 'Comment', 'ProcessorConfig'],
};

export const PROCESSOR_CONFIG_FIELDS = ['Mode', 'ExecutionType'];

export const RETRIER_FIELDS = ['ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy', 'Comment'];

/** A catcher shapes the error with ResultPath in JSONPath and with Output in JSONata. */
export function catcherFieldsFor(language: QueryLanguage): string[] {
  return ['ErrorEquals', 'Next', 'Comment', 'Assign', language === 'JSONata' ? 'Output' : 'ResultPath'];
}

/** What a JSONPath Choice rule compares with, by operator. */
export type ChoiceOperand = 'string' | 'number' | 'boolean' | 'timestamp' | 'type' | 'path';

const BASE_OPERATORS: Record<string, ChoiceOperand> = {
  StringEquals: 'string', StringLessThan: 'string', StringGreaterThan: 'string', StringLessThanEquals: 'string', StringGreaterThanEquals: 'string',
  NumericEquals: 'number', NumericLessThan: 'number', NumericGreaterThan: 'number', NumericLessThanEquals: 'number', NumericGreaterThanEquals: 'number',
  BooleanEquals: 'boolean',
  TimestampEquals: 'timestamp', TimestampLessThan: 'timestamp', TimestampGreaterThan: 'timestamp', TimestampLessThanEquals: 'timestamp', TimestampGreaterThanEquals: 'timestamp',
};

/** The comparison operators of a JSONPath Choice rule (each has a ...Path form comparing with another path). */
export const CHOICE_OPERATORS: Record<string, ChoiceOperand> = {
  ...BASE_OPERATORS,
  ...Object.fromEntries(Object.keys(BASE_OPERATORS).map((k) => [`${k}Path`, 'path' as const])),
  StringMatches: 'string',
  IsNull: 'type', IsPresent: 'type', IsNumeric: 'type', IsString: 'type', IsBoolean: 'type', IsTimestamp: 'type',
};

export const CHOICE_COMBINATORS = ['And', 'Or', 'Not'];
