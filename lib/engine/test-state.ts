// TestState: one state run alone, answered in the shape of AWS's TestState API
// (https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html). The state runs in a
// one-state machine whose transitions (Next, Choices, Default, Catch) lead to stand-in Succeed states, so the
// state's own data flow is the engine's and `nextState` is the target it chose. As on AWS, a Retry that
// matches the error answers RETRIABLE (the retry is not performed), and a Task, Map or Parallel state may be
// mocked (its result or its error replaces the call or the iterations).

import type { JsonObject, JsonValue, StateDefinition, StateMachineDefinition, StateTrace, TaskOutcome } from './types';
import { startExecution } from './start';
import { errorMatches } from './runtime/error-match';
import { STATES_ERRORS } from './asl/errors';

export type InspectionLevel = 'INFO' | 'DEBUG' | 'TRACE';
export type TestStateStatus = 'SUCCEEDED' | 'FAILED' | 'RETRIABLE' | 'CAUGHT_ERROR';

export interface TestStateMock {
  /** The mocked result: a JSON value, or JSON text as AWS's API takes it. */
  result?: JsonValue;
  errorOutput?: { error: string; cause?: string };
}

export interface TestStateInput {
  /** A whole state machine (with stateName), or one state's definition. */
  definition: StateMachineDefinition | StateDefinition;
  stateName?: string;
  input?: JsonValue;
  inspectionLevel?: InspectionLevel;
  mock?: TestStateMock;
  /** Fields of the context object ($$), e.g. { Execution: { Name } }. */
  context?: JsonObject;
  /** Variables visible to the state, as if assigned by earlier states. */
  variables?: JsonObject;
}

export interface InspectionData {
  input: JsonValue;
  afterInputPath?: JsonValue;
  afterParameters?: JsonValue;
  result?: JsonValue;
  afterResultSelector?: JsonValue;
  afterResultPath?: JsonValue;
  variables?: JsonObject;
  /** TRACE only, Task states: the request the Task sent and the response it got. */
  request?: JsonValue;
  response?: JsonValue;
}

export interface TestStateOutput {
  status: TestStateStatus;
  output?: JsonValue;
  error?: string;
  cause?: string;
  nextState?: string;
  inspectionData?: InspectionData;
}

const SINK = '\u0000next:';
const MOCK_RESOURCE = 'arn:aws:states:::lambda:invoke';

export async function testState(request: TestStateInput): Promise<TestStateOutput> {
  const picked = pickState(request);
  if ('problem' in picked) return { status: 'FAILED', error: STATES_ERRORS.InvalidDefinition, cause: picked.problem };
  const { name, state, queryLanguage } = picked;
  const mocked = request.mock !== undefined && (state.Type === 'Task' || state.Type === 'Map' || state.Type === 'Parallel');
  if (request.mock !== undefined && !mocked) {
    return { status: 'FAILED', error: STATES_ERRORS.InvalidDefinition, cause: `A mock applies to Task, Map and Parallel states; '${name}' is a ${String(state.Type)} state.` };
  }
  const targets = new Set<string>();
  const tested = redirect(mocked && state.Type !== 'Task' ? asMockedTask(state) : state, targets);
  const States: Record<string, StateDefinition> = { [name]: tested };
  for (const t of targets) States[SINK + t] = { Type: 'Succeed' };
  const machine: StateMachineDefinition = { StartAt: name, States };
  if (queryLanguage) machine.QueryLanguage = queryLanguage as StateMachineDefinition['QueryLanguage'];
  // Variables assigned "earlier": a Pass state in front that assigns them, left out of the answer.
  const ASSIGN = '\u0000variables';
  if (request.variables && Object.keys(request.variables).length > 0) {
    machine.States[ASSIGN] = { Type: 'Pass', Assign: request.variables, Next: name, QueryLanguage: 'JSONPath' } as StateDefinition;
    machine.StartAt = ASSIGN;
  }
  let exchange: { request: JsonValue; response?: JsonValue } | undefined;
  const result = await startExecution(machine, request.input ?? {}, {
    type: 'STANDARD',
    trace: true,
    validate: false,
    stateMachineName: 'TestState',
    ...(request.context ? { context: request.context } : {}),
    tasks: (invocation): TaskOutcome => {
      exchange = { request: invocation.input };
      const outcome = mocked ? mockOutcome(request.mock!) : { kind: 'failure' as const, error: STATES_ERRORS.TaskFailed, cause: `TestState runs a Task only with a mock: '${name}' has none.` };
      if (outcome.kind === 'success') exchange.response = outcome.output;
      else if (outcome.kind === 'failure') exchange.response = { error: outcome.error, ...(outcome.cause !== undefined ? { cause: outcome.cause } : {}) };
      return outcome;
    },
  });
  const trace = (result.trace ?? []).find((t) => t.stateName === name && t.path.length <= 1);
  const answer: TestStateOutput = { status: 'SUCCEEDED' };
  const error = trace?.error ?? result.error;
  const cause = trace?.cause ?? result.cause;
  if (trace?.outcome === 'failed' || (trace === undefined && result.status !== 'SUCCEEDED')) {
    answer.status = retriable(state, error) ? 'RETRIABLE' : 'FAILED';
    if (error !== undefined) answer.error = error;
    if (cause !== undefined) answer.cause = cause;
  } else {
    if (trace?.outcome === 'caught') {
      answer.status = retriable(state, error) ? 'RETRIABLE' : 'CAUGHT_ERROR';
      if (error !== undefined) answer.error = error;
      if (cause !== undefined) answer.cause = cause;
    }
    if (answer.status !== 'RETRIABLE') {
      if (trace?.output !== undefined) answer.output = trace.output;
      if (trace?.next !== undefined && trace.next.startsWith(SINK)) answer.nextState = trace.next.slice(SINK.length);
    }
  }
  const level = request.inspectionLevel ?? 'INFO';
  if (level !== 'INFO' && trace) answer.inspectionData = inspection(trace, level === 'TRACE' ? exchange : undefined);
  return answer;
}

function pickState(request: TestStateInput): { name: string; state: StateDefinition; queryLanguage?: string } | { problem: string } {
  const def = request.definition as Partial<StateMachineDefinition> & Partial<StateDefinition>;
  if (def === null || typeof def !== 'object') return { problem: 'The definition must be an object.' };
  if (def.States && typeof def.States === 'object') {
    const name = request.stateName ?? def.StartAt;
    if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(def.States, name)) {
      return { problem: `The state machine has no top-level state named ${JSON.stringify(name)}.` };
    }
    return { name, state: def.States[name] as StateDefinition, ...(typeof def.QueryLanguage === 'string' ? { queryLanguage: def.QueryLanguage } : {}) };
  }
  if (typeof def.Type !== 'string') return { problem: 'The definition is neither a state machine (States) nor a state (Type).' };
  return { name: request.stateName ?? 'TestedState', state: def as StateDefinition };
}

/** The state with every transition led to a stand-in Succeed state named after its target. */
function redirect(state: StateDefinition, targets: Set<string>): StateDefinition {
  const to = (t: unknown) => {
    if (typeof t !== 'string') return t;
    targets.add(t);
    return SINK + t;
  };
  const copy: Record<string, unknown> = { ...state };
  if ('Next' in copy) copy.Next = to(copy.Next);
  if ('Default' in copy) copy.Default = to(copy.Default);
  if (Array.isArray(copy.Choices)) copy.Choices = copy.Choices.map((c) => (c && typeof c === 'object' ? { ...c, Next: to((c as JsonObject).Next) } : c));
  if (Array.isArray(copy.Catch)) copy.Catch = copy.Catch.map((c) => (c && typeof c === 'object' ? { ...c, Next: to((c as JsonObject).Next) } : c));
  // AWS's TestState reports a matching Retry as RETRIABLE instead of retrying.
  delete copy.Retry;
  return copy as unknown as StateDefinition;
}

/** A mocked Map or Parallel: its iterations are replaced by the mock, its data flow around them kept. */
function asMockedTask(state: StateDefinition): StateDefinition {
  const keep = ['Comment', 'QueryLanguage', 'InputPath', 'ResultSelector', 'ResultPath', 'OutputPath', 'Output', 'Assign', 'Next', 'End', 'Catch', 'Retry'];
  const task: Record<string, unknown> = { Type: 'Task', Resource: MOCK_RESOURCE };
  for (const k of keep) if (k in state) task[k] = (state as Record<string, unknown>)[k];
  return task as unknown as StateDefinition;
}

function mockOutcome(mock: TestStateMock): TaskOutcome {
  if (mock.errorOutput) return { kind: 'failure', error: mock.errorOutput.error, ...(mock.errorOutput.cause !== undefined ? { cause: mock.errorOutput.cause } : {}) };
  let output: JsonValue = mock.result ?? null;
  if (typeof output === 'string') {
    try {
      output = JSON.parse(output) as JsonValue;
    } catch {
      // A plain string result stays a string.
    }
  }
  return { kind: 'success', output };
}

function retriable(state: StateDefinition, error: string | undefined): boolean {
  if (error === undefined || !Array.isArray(state.Retry)) return false;
  return state.Retry.some((r) => Array.isArray(r.ErrorEquals) && errorMatches(r.ErrorEquals, error, state.Type === 'Task') && (r.MaxAttempts ?? 3) > 0);
}

function inspection(trace: StateTrace, exchange: { request: JsonValue; response?: JsonValue } | undefined): InspectionData {
  const data: InspectionData = { input: trace.input };
  if (trace.afterInputPath !== undefined) data.afterInputPath = trace.afterInputPath;
  if (trace.afterParameters !== undefined) data.afterParameters = trace.afterParameters;
  if (trace.result !== undefined) data.result = trace.result;
  if (trace.afterResultSelector !== undefined) data.afterResultSelector = trace.afterResultSelector;
  if (trace.afterResultPath !== undefined) data.afterResultPath = trace.afterResultPath;
  if (trace.variables !== undefined) data.variables = trace.variables;
  if (exchange) {
    data.request = exchange.request;
    if (exchange.response !== undefined) data.response = exchange.response;
  }
  return data;
}
