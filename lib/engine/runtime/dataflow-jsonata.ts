// The JSONata data flow: `Arguments` shapes what a state works on and `Output` what it hands on, both
// templates with `{% %}` expressions that see `$states` = {input, context, result?, errorOutput?} and the
// workflow variables. There is no InputPath/Parameters/ResultSelector/ResultPath/OutputPath (the validator
// rejects them). Also here: the JSONata forms of the fields that states read themselves (Map Items and
// MaxConcurrency, ItemSelector, Wait Seconds/Timestamp, Task TimeoutSeconds/HeartbeatSeconds, Fail
// Error/Cause, Choice Condition), and the EvaluationFailed history event.
// Source: developer guide "Transforming data with JSONata in Step Functions"; recorded executions in
// ../shared/conformance (tags jsonata, area:outputdecl, area:evaluate_jsonata).

import type { JsonObject, JsonValue } from '../types';
import type { JsonataEnv } from '../jsonata/evaluate';
import { evaluateTemplate } from '../jsonata/template';
import { evaluateCondition, evaluateInteger, evaluateItems, evaluatePercentage, evaluateString, evaluateTimestamp } from '../jsonata/fields';
import { isJsonataString } from '../jsonata/detect';
import { evaluationFailedDetails, isQueryEvaluationError, statePrefixedCause } from '../jsonata/errors';
import type { Catcher } from './compile';
import type { DataFlow } from './dataflow';
import type { Visit } from './visit';
import { assignJsonata } from './assign';
import { fieldsOf } from './dataflow-fields';
import type { FailFields } from './dataflow-fail';

/** `$states` for one evaluation; context and variables are read from the visit only when used. */
export class StatesEnv implements JsonataEnv {
  constructor(
    private readonly visit: Visit,
    public input: JsonValue,
    public result?: JsonValue,
    public errorOutput?: JsonValue,
    private readonly contextOverride?: JsonObject,
  ) {}
  get context(): JsonValue {
    return this.contextOverride ?? this.visit.context;
  }
  /** The scope object itself: JSONata reads names through its prototype chain, no flattening needed. */
  get variables(): Record<string, JsonValue> {
    return this.visit.frame.scope.values;
  }
  get random(): () => number {
    return this.visit.random;
  }
  get uuid(): () => string {
    return this.visit.uuid;
  }
  now(): number {
    return this.visit.exec.clock.now;
  }
}

const RESULT_STATES = new Set(['Task', 'Map', 'Parallel']);

export const jsonataFlow: DataFlow & {
  choiceOutput(visit: Visit<'Choice'>, input: JsonValue, rule: JsonObject | undefined): JsonValue;
} = {
  inputPath(_visit, input) {
    return input;
  },

  effectiveInput(visit, input, withParameters) {
    const args = fieldsOf(visit).Arguments;
    if (!withParameters || args === undefined) return input;
    let value: JsonValue;
    try {
      value = evaluateTemplate(args, new StatesEnv(visit, input), 'Arguments');
    } catch (e) {
      // As for a Map's Items: a Parallel that fails before its branches start still reports ParallelStateFailed.
      if (isQueryEvaluationError(e) && visit.state.type === 'Parallel') visit.failedEventType = 'ParallelStateFailed';
      throw e;
    }
    if (visit.trace) visit.trace.afterParameters = value;
    return value;
  },

  output(visit, rawInput, result, withResult) {
    const def = fieldsOf(visit);
    if (visit.trace) visit.trace.result = result;
    const env = new StatesEnv(visit, rawInput, withResult && RESULT_STATES.has(visit.state.type) ? result : undefined);
    assignJsonata(visit, def.Assign, env);
    return def.Output !== undefined ? evaluateTemplate(def.Output, env, 'Output') : result;
  },

  catchOutput(visit, rawInput, error, catcher: Catcher) {
    const env = new StatesEnv(visit, rawInput, undefined, error);
    assignJsonata(visit, catcher.Assign, env);
    return catcher.Output !== undefined ? evaluateTemplate(catcher.Output as JsonValue, env, 'Output') : error;
  },

  outputPath(visit, value) {
    const def = fieldsOf(visit);
    const env = new StatesEnv(visit, value);
    assignJsonata(visit, def.Assign, env);
    return def.Output !== undefined ? evaluateTemplate(def.Output, env, 'Output') : value;
  },

  /** Choice: the matched rule's Assign/Output, or the state's when Default is taken. */
  choiceOutput(visit, input, rule) {
    const source = rule ?? visit.state.def;
    const env = new StatesEnv(visit, input);
    assignJsonata(visit, source.Assign, env);
    return source.Output !== undefined ? evaluateTemplate(source.Output, env, 'Output') : input;
  },

  condition(visit, rule, effective) {
    visit.input = effective;
    return jsonataCondition(visit, rule, effective);
  },

  items(visit, effective) {
    return jsonataItems(visit, effective);
  },

  maxConcurrency(visit, effective) {
    return jsonataMaxConcurrency(visit, effective);
  },

  itemSelector(visit, effective) {
    if (visit.state.def.ItemSelector === undefined) return undefined;
    return (index, item) => jsonataItemInput(visit, effective, index, item);
  },

  waitMs(visit, effective) {
    return jsonataWaitMs(visit, effective);
  },

  failFields: jsonataFailFields,

  seconds(visit, effective, field) {
    return jsonataSeconds(visit, effective, visit.state.def[field], field);
  },

  templateField: 'Arguments',

  template(visit, template, effective, field) {
    return evaluateTemplate(template, new StatesEnv(visit, effective), field);
  },

  numberExpression(visit, value, effective, field, kind) {
    if (value === undefined || !isJsonataString(value)) return undefined;
    const env = new StatesEnv(visit, effective);
    return kind === 'percentage' ? evaluatePercentage(value, env, field) : evaluateInteger(value, env, field, { min: 0 });
  },
};

// ------------------------------------------------------------------------------- fields states read

/** Choice rule `Condition` on the state input. */
export function jsonataCondition(visit: Visit<'Choice'>, rule: JsonObject, input: JsonValue): boolean {
  return evaluateCondition(rule.Condition as JsonValue, new StatesEnv(visit, input));
}

/**
 * A JSONata failure while a Map prepares its iterations is followed by MapStateFailed (recorded on AWS for
 * Items; MaxConcurrency and ItemSelector are treated alike), unlike the JSONPath forms, which fail bare.
 */
function asMapFailure<T>(visit: Visit, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isQueryEvaluationError(e)) visit.failedEventType = 'MapStateFailed';
    throw e;
  }
}

/** Map `Items` (or the input itself). */
export function jsonataItems(visit: Visit<'Map'>, input: JsonValue): JsonValue[] {
  return asMapFailure(visit, () => evaluateItems(visit.state.def.Items, new StatesEnv(visit, input)));
}

/** Map `MaxConcurrency`: a number or `{% %}`; 0 (unlimited) when absent. */
export function jsonataMaxConcurrency(visit: Visit<'Map'>, input: JsonValue): number {
  const v = visit.state.def.MaxConcurrency;
  if (v === undefined) return 0;
  return asMapFailure(visit, () => evaluateInteger(v, new StatesEnv(visit, input), 'MaxConcurrency', { min: 0 }));
}

/** One iteration's input: ItemSelector with `$states.context.Map.Item`, or the item itself. */
export function jsonataItemInput(visit: Visit<'Map'>, input: JsonValue, index: number, item: JsonValue): JsonValue {
  const selector = visit.state.def.ItemSelector;
  if (selector === undefined) return item;
  const context: JsonObject = { ...visit.context, Map: { Item: { Index: index, Value: item } } };
  return asMapFailure(visit, () =>
    evaluateTemplate(selector, new StatesEnv(visit, input, undefined, undefined, context), 'ItemSelector'),
  );
}

/** Wait `Seconds` / `Timestamp` as milliseconds to wait from now (negative: already past). */
export function jsonataWaitMs(visit: Visit<'Wait'>, input: JsonValue): number {
  const def = visit.state.def;
  const env = new StatesEnv(visit, input);
  if (def.Seconds !== undefined) return evaluateInteger(def.Seconds, env, 'Seconds', { min: 0, max: 99_999_999 }) * 1000;
  if (def.Timestamp !== undefined) return evaluateTimestamp(def.Timestamp, env) - visit.exec.clock.now;
  return 0;
}

/** Task `TimeoutSeconds` / `HeartbeatSeconds` (a positive integer or `{% %}`). */
export function jsonataSeconds(visit: Visit, input: JsonValue, value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && !isJsonataString(value)) return value;
  return evaluateInteger(value as JsonValue, new StatesEnv(visit, input), field, { min: 1, max: 99_999_999 });
}

/** Fail `Error` and `Cause` (literal strings or `{% %}`). */
export function jsonataFailFields(visit: Visit<'Fail'>, input: JsonValue): FailFields {
  const def = visit.state.def;
  const env = new StatesEnv(visit, input);
  const error = def.Error === undefined ? undefined : evaluateString(def.Error, env, 'Error');
  const cause = def.Cause === undefined ? undefined : evaluateString(def.Cause, env, 'Cause');
  return { error, cause };
}

// ------------------------------------------------------------------------------- history

/**
 * AWS records a JSONata failure as an EvaluationFailed event {cause, error, location, state} right after it
 * happens, before the state's failure events. Emits it when `e` is one; returns whether it did.
 */
export function reportEvaluationFailed(visit: Visit, e: unknown): boolean {
  if (!isQueryEvaluationError(e)) return false;
  const history = visit.exec.history;
  const name = visit.state.name;
  const cause = statePrefixedCause(name, visit.enteredEventId, e.detail);
  // AWS links the event to whatever preceded the state's Entered event (recorded for Pass, Map and Choice
  // states), except in a Wait state, where it follows the Entered event itself.
  const thread = visit.frame.thread;
  const enteredPrev = history.record ? history.previousEventIdOf(visit.enteredEventId) : undefined;
  const link = { prev: visit.state.type !== 'Wait' && enteredPrev !== undefined ? enteredPrev : thread.prev };
  thread.prev = history.emit(link, 'EvaluationFailed', 'evaluationFailedEventDetails', history.record ? evaluationFailedDetails(name, cause, e.location) : undefined);
  return true;
}
