// Per-state data flow, kept in one place so a JSONata variant (Arguments/Output/Assign) can slot in beside
// the JSONPath one: states call these functions and never touch InputPath & co. themselves.
//
//   input -> InputPath -> Parameters -> [state work] -> ResultSelector -> ResultPath -> OutputPath -> output

import type { JsonObject, JsonValue } from '../types';
import { applyInputPath, applyOutputPath, applyResultPath } from '../path-fields';
import { resolvePayloadTemplate } from '../payload-template';
import type { Catcher } from './compile';
import type { Visit } from './visit';
import { assignJsonPath } from './assign';
import { fieldsOf } from './dataflow-fields';
import { jsonataFlow } from './dataflow-jsonata';
import { itemSelector, readItems, readMaxConcurrency } from './dataflow-items';
import { waitMs } from './dataflow-wait';
import { jsonPathFailFields, type FailFields } from './dataflow-fail';
import { jsonPathSeconds, type SecondsField } from './dataflow-seconds';
import { evaluateChoiceRule } from '../choice/evaluate';

/** Item `index` (whose value is `item`) of a Map, shaped into its iteration's input. */
export type ItemSelector = (index: number, item: JsonValue) => JsonValue;

export interface DataFlow {
  /** InputPath then Parameters: what the state works on (a Task's request, a Parallel branch's input). */
  effectiveInput(visit: Visit, input: JsonValue, withParameters: boolean): JsonValue;
  /** ResultSelector (when allowed) then ResultPath then OutputPath. */
  output(visit: Visit, rawInput: JsonValue, result: JsonValue, withResultSelector: boolean): JsonValue;
  /** Output of a Catch: the error object placed by the catcher's ResultPath ($ by default). */
  catchOutput(visit: Visit, rawInput: JsonValue, error: JsonObject, catcher: Catcher): JsonValue;
  /** InputPath only (Choice, Wait, Succeed, Map before ItemsPath). */
  inputPath(visit: Visit, input: JsonValue): JsonValue;
  /** OutputPath only (Wait, Succeed); evaluates the state's Assign on the same value. */
  outputPath(visit: Visit, value: JsonValue): JsonValue;
  /** Choice: the matched rule's Assign (the state's when Default is taken), then OutputPath / Output. */
  choiceOutput(visit: Visit<'Choice'>, input: JsonValue, rule: JsonObject | undefined): JsonValue;
  /** Choice: whether one rule matches (Variable and an operator, or a JSONata Condition). */
  condition(visit: Visit<'Choice'>, rule: JsonObject, effective: JsonValue): boolean;
  /** Map: the items to iterate over (ItemsPath, or JSONata Items). */
  items(visit: Visit<'Map'>, effective: JsonValue): JsonValue[];
  /** Map: MaxConcurrency (or MaxConcurrencyPath); 0 for unlimited. */
  maxConcurrency(visit: Visit<'Map'>, effective: JsonValue): number;
  /**
   * Map: what shapes each item into its iteration's input (ItemSelector, or JSONPath's legacy Parameters, with
   * the item as $$.Map.Item), or undefined when the items are the inputs as they are.
   */
  itemSelector(visit: Visit<'Map'>, effective: JsonValue): ItemSelector | undefined;
  /** Fail: the Error and Cause it fails with (Error/Cause, ErrorPath/CausePath, or `{% %}`). */
  failFields(visit: Visit<'Fail'>, input: JsonValue): FailFields;
  /**
   * Task: TimeoutSeconds or HeartbeatSeconds (a number, its *Path twin, or `{% %}`) against `effective`, the
   * input after InputPath; undefined when the state sets neither form.
   */
  seconds(visit: Visit<'Task'>, effective: JsonValue, field: SecondsField): number | undefined;
  /** Wait: how long, in milliseconds of virtual time, from now. */
  waitMs(visit: Visit<'Wait'>, effective: JsonValue): number;
  /** The field a request template has in this language: Parameters (`.$` keys) or Arguments (`{% %}`). */
  readonly templateField: 'Parameters' | 'Arguments';
  /**
   * A template of this language against the effective input: a Distributed Map's ItemReader and ResultWriter
   * Parameters or Arguments, its ItemBatcher's BatchInput. `field` names it in errors.
   */
  template(visit: Visit, template: JsonValue, effective: JsonValue, field: string): JsonValue;
  /**
   * A number written as an expression of this language (JSONata `{% %}`), or undefined when the value is not
   * one: JSONPath has no such form, it uses the field's `...Path` twin.
   */
  numberExpression(visit: Visit, value: number | string | undefined, effective: JsonValue, field: string, kind: 'integer' | 'percentage'): number | undefined;
}


/** OutputPath alone (Assign is evaluated by the caller). */
function applyOutput(visit: Visit, value: JsonValue): JsonValue {
  const path = fieldsOf(visit).OutputPath;
  if (path === '$' || path === undefined) return value;
  visit.input = value;
  return applyOutputPath(path, value, visit);
}

export const jsonPathFlow: DataFlow = {
  inputPath(visit, input) {
    const path = fieldsOf(visit).InputPath;
    if (path === '$' || path === undefined) return input;
    visit.input = input;
    const value = applyInputPath(path, input, visit);
    if (visit.trace) visit.trace.afterInputPath = value;
    return value;
  },

  effectiveInput(visit, input, withParameters) {
    let value = this.inputPath(visit, input);
    const params = fieldsOf(visit).Parameters;
    if (withParameters && params !== undefined) {
      visit.input = value;
      value = resolvePayloadTemplate(params, visit, 'Parameters');
      if (visit.trace) visit.trace.afterParameters = value;
    }
    return value;
  },

  output(visit, rawInput, result, withResultSelector) {
    const def = fieldsOf(visit);
    const trace = visit.trace;
    if (trace) trace.result = result;
    let value = result;
    if (withResultSelector && def.ResultSelector !== undefined) {
      visit.input = value;
      value = resolvePayloadTemplate(def.ResultSelector, visit, 'ResultSelector');
      if (trace) trace.afterResultSelector = value;
    }
    // Assign's `$` is the result after ResultSelector (recorded on AWS: BASE_ASSIGN_FROM_RESULT).
    assignJsonPath(visit, def.Assign, value);
    const resultPath = def.ResultPath;
    if (resultPath !== '$' && resultPath !== undefined) {
      value = applyResultPath(rawInput, resultPath, value);
      if (trace) trace.afterResultPath = value;
    }
    return applyOutput(visit, value);
  },

  catchOutput(visit, rawInput, error, catcher) {
    assignJsonPath(visit, catcher.Assign, error);
    const path = catcher.ResultPath;
    if (path === undefined || path === '$') return error;
    return applyResultPath(rawInput, path, error);
  },

  outputPath(visit, value) {
    assignJsonPath(visit, fieldsOf(visit).Assign, value);
    return applyOutput(visit, value);
  },

  choiceOutput(visit, input, rule) {
    assignJsonPath(visit, (rule ?? visit.state.def).Assign, input);
    return applyOutput(visit, input);
  },

  condition(visit, rule, effective) {
    visit.input = effective;
    return evaluateChoiceRule(rule, visit);
  },

  items: readItems,
  maxConcurrency: readMaxConcurrency,
  itemSelector,
  waitMs,
  failFields: jsonPathFailFields,
  seconds: jsonPathSeconds,

  templateField: 'Parameters',

  template(visit, template, effective, field) {
    visit.input = effective;
    return resolvePayloadTemplate(template, visit, field);
  },

  numberExpression() {
    return undefined;
  },
};

export function dataFlowFor(visit: Visit): DataFlow {
  return visit.state.queryLanguage === 'JSONata' ? jsonataFlow : jsonPathFlow;
}
