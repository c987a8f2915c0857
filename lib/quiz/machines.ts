// State machines the cost items are about, built from their parameters, and the simulated Tasks that answer
// them. A machine is data (definition, input, a TaskSpec per Task state), so a question can show it and the
// content check can run it in the engine and compare the engine's figures with the generator's arithmetic.

import { parseDefinition, startExecution, STATES_ERRORS } from '../engine';
import type {
  ExecutionResult,
  JsonObject,
  JsonValue,
  StartOptions,
  StateDefinition,
  StateMachineDefinition,
  TaskHandler,
  TaskHandlers,
} from '../engine/types';
import type { MachineSpec, TaskSpec } from './types';

export const ACCOUNT = '123456789012';

export function functionArn(name: string): string {
  return `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
}

/** A Task that calls a Lambda function directly (its result is the function's return value). */
export function lambdaTask(fn: string, extra: Record<string, unknown> = {}): StateDefinition {
  return { Type: 'Task', Resource: functionArn(fn), ...extra };
}

export function passState(extra: Record<string, unknown> = {}): StateDefinition {
  return { Type: 'Pass', ...extra };
}

/** Links states in order: each gets Next to the following one, the last End: true (unless it is terminal). */
export function chain(states: [string, StateDefinition][]): Record<string, StateDefinition> {
  const out: Record<string, StateDefinition> = {};
  states.forEach(([name, state], index) => {
    const next = states[index + 1];
    const terminal = state.Type === 'Succeed' || state.Type === 'Fail' || state.Type === 'Choice';
    out[name] = terminal || 'Next' in state || 'End' in state ? state : next ? { ...state, Next: next[0] } : { ...state, End: true };
  });
  return out;
}

export function machine(states: [string, StateDefinition][], comment?: string): StateMachineDefinition {
  const first = states[0];
  if (!first) throw new Error('a machine needs at least one state');
  return { ...(comment ? { Comment: comment } : {}), StartAt: first[0], States: chain(states) };
}

/** Names for N per-item steps: Validate, Price, Reserve, Record, Notify, ... */
export const STEP_NAMES = ['Validate', 'Enrich', 'Price', 'Reserve', 'Record', 'Notify', 'Archive', 'Audit', 'Tag', 'Index', 'Score', 'Publish'];

export function stepNames(count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, i) => STEP_NAMES[(i + offset) % STEP_NAMES.length] + (i + offset >= STEP_NAMES.length ? String(Math.floor((i + offset) / STEP_NAMES.length) + 1) : ''));
}

/** Pass states that each add one field, so the machine's output shows every step ran. */
export function passSteps(names: string[]): [string, StateDefinition][] {
  return names.map((name) => [name, passState({ Result: true, ResultPath: `$.${name.charAt(0).toLowerCase()}${name.slice(1)}` })]);
}

export interface MapOptions {
  /** The items' path in the input. */
  itemsPath?: string;
  mode: 'INLINE' | 'DISTRIBUTED';
  executionType?: 'STANDARD' | 'EXPRESS';
  batchSize?: number;
  maxConcurrency?: number;
  /** ResultPath of the Map; default `$.results`. */
  resultPath?: string | null;
}

export function mapState(inner: [string, StateDefinition][], options: MapOptions): StateDefinition {
  const processorConfig: JsonObject =
    options.mode === 'INLINE' ? { Mode: 'INLINE' } : { Mode: 'DISTRIBUTED', ExecutionType: options.executionType ?? 'STANDARD' };
  return {
    Type: 'Map',
    ItemsPath: options.itemsPath ?? '$.orders',
    // Each iteration gets an object, so its Pass states can add fields with ResultPath.
    ItemSelector: { 'order.$': '$$.Map.Item.Value' },
    ...(options.batchSize ? { ItemBatcher: { MaxItemsPerBatch: options.batchSize } } : {}),
    ...(options.maxConcurrency !== undefined ? { MaxConcurrency: options.maxConcurrency } : {}),
    ...(options.mode === 'DISTRIBUTED' ? { Label: 'Orders' } : {}),
    ItemProcessor: { ProcessorConfig: processorConfig, StartAt: inner[0]?.[0] ?? 'Empty', States: chain(inner) },
    ResultPath: options.resultPath === undefined ? '$.results' : options.resultPath,
  };
}

/** Input with N order ids, 1..N. */
export function ordersInput(count: number): JsonObject {
  return { orders: Array.from({ length: count }, (_, i) => i + 1) };
}

/** Task handlers from TaskSpecs, keyed by state name. Calls without a spec echo their input. */
export function taskHandlers(specs: Record<string, TaskSpec> = {}): TaskHandlers {
  const states: Record<string, TaskHandler> = {};
  for (const [name, spec] of Object.entries(specs)) {
    states[name] = ({ input, invocation, retryCount }) => {
      const durationMs = (spec.durationMs ?? 0) + (spec.durationMsPerItem ?? 0) * batchSize(input);
      const time = durationMs > 0 ? { durationMs } : {};
      return invocation < (spec.failFirst ?? 0) || (retryCount === 0 && orderOf(input) <= (spec.failFirstAttemptUpToOrder ?? 0))
        ? { kind: 'failure', error: spec.error ?? 'Lambda.TooManyRequestsException', cause: 'simulated throttling', ...time }
        : { kind: 'success', output: input, ...time };
    };
  }
  const handlers: TaskHandlers = { states, fallback: ({ input }) => ({ kind: 'success', output: input }) };
  specsOfHandlers.set(handlers, specs);
  return handlers;
}

const specsOfHandlers = new WeakMap<object, Record<string, TaskSpec>>();

/** The TaskSpecs a handlers object was made from (so a cache can tell two runs apart). */
export function taskSpecsOf(handlers: unknown): Record<string, TaskSpec> | undefined {
  return handlers && typeof handlers === 'object' ? specsOfHandlers.get(handlers) : undefined;
}

function batchSize(input: JsonValue): number {
  const items = input !== null && typeof input === 'object' && !Array.isArray(input) ? input.Items : undefined;
  return Array.isArray(items) ? items.length : 1;
}

function orderOf(input: JsonValue): number {
  const order = input !== null && typeof input === 'object' && !Array.isArray(input) ? input.order : undefined;
  return typeof order === 'number' ? order : Number.POSITIVE_INFINITY;
}

/** How a machine (or a learner's definition) is run: the engine in-process, or the server's bounded runner. */
export type MachineRunner = (
  definition: StateMachineDefinition | string,
  input: JsonValue,
  options: StartOptions,
) => Promise<ExecutionResult>;

export function startOptionsFor(spec: Pick<MachineSpec, 'type' | 'tasks' | 'needsHistory'>, extra: StartOptions = {}): StartOptions {
  return { type: spec.type, tasks: taskHandlers(spec.tasks), seed: 1, recordHistory: spec.needsHistory ?? false, ...extra };
}

/** The definition as a learner reads it: indented JSON. */
export function definitionText(definition: StateMachineDefinition): string {
  return JSON.stringify(definition, null, 2);
}

/** The engine in-process: for our own machines (generators, the content check, tests), never a learner's text on the server. */
export const runInProcess: MachineRunner = async (definition, input, options) => {
  if (typeof definition !== 'string') return startExecution(definition, input, options);
  const parsed = parseDefinition(definition, { type: options.type ?? 'STANDARD' });
  if (!parsed.definition) {
    return { status: 'FAILED', error: STATES_ERRORS.InvalidDefinition, cause: parsed.diagnostics.map((d) => d.message).join('; '), events: [], billing: { stateTransitions: 0, durationMs: 0, historyEvents: 0 } };
  }
  return startExecution(parsed.definition, input, options);
};
