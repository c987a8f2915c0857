// Turns a definition into a table of ready-to-run states once, so the hot loop does a property lookup per
// transition instead of re-reading the definition. Compiled machines are cached per definition object, so a
// Map's ItemProcessor compiles once however many items it runs.

import type { QueryLanguage, StateDefinition, StateMachineDefinition, StateType } from '../types';
import { StatesError } from '../errors';
import type { Retrier } from './retry';
import type { StateHandler, StateHandlers } from './state-handler';
import { STATES_ERRORS } from '../asl/errors';
import { aslState, type StateOfType } from '../asl/states';

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
  Output?: unknown;
  Assign?: unknown;
}

/** One state ready to run; `def` is its state type's member of the AslState union (lib/engine/asl/states.ts). */
export interface CompiledState<T extends StateType = StateType> {
  name: string;
  /** Position in its machine's `list`: where an execution counts this state's transitions. */
  index: number;
  /** The machine this state belongs to. */
  machine: CompiledMachine;
  type: T;
  def: StateOfType<T>;
  next: string | undefined;
  /** The state `next` names, resolved once (undefined when it names none: the run fails on reaching it). */
  nextState: CompiledState | undefined;
  enteredType: string;
  /** Undefined for Fail, which has no Exited event. */
  exitedType: string | undefined;
  retriers: Retrier[] | undefined;
  catchers: Catcher[] | undefined;
  queryLanguage: QueryLanguage;
  /** The handler of this state's Type, which compileMachine looked up for it. */
  handler: StateHandler;
  /** The table this state was compiled with: Parallel and Map compile their inner machines with it, so the
   * states never import the registry that lists them. */
  handlers: StateHandlers;
  /** Per-state-type precomputed data (child machines, parsed numbers...), filled lazily by the handler. */
  cache: Record<string, unknown>;
  /**
   * A JSONPath state without any data-flow field (InputPath, Parameters, Result, ResultSelector, ResultPath,
   * OutputPath, Assign): its output is its input, so a Pass of this kind need not walk the data flow.
   */
  plain: boolean;
  /** Its handler would only hand the input on to `next` (see StateHandler.forwardsInput): no visit needed. */
  forwards: boolean;
}

/** The fields that make a JSONPath state's output differ from its input. */
const DATA_FLOW_FIELDS = ['InputPath', 'Parameters', 'Result', 'ResultSelector', 'ResultPath', 'OutputPath', 'Assign'];

export interface CompiledMachine {
  startAt: string;
  states: Record<string, CompiledState>;
  /** The same states in definition order (CompiledState.index). */
  list: CompiledState[];
  queryLanguage: QueryLanguage;
  /** How many history events its last run held as objects: the next run reserves that much room at once
   * (History.reserve). Only a size hint; a wrong one costs a copy or a trim. */
  eventsSeen: number;
}

export interface MachineLike {
  StartAt: string;
  States: Record<string, StateDefinition>;
  QueryLanguage?: QueryLanguage;
}

const cache = new WeakMap<object, CompiledMachine>();

export function compileMachine(
  def: MachineLike | StateMachineDefinition,
  handlers: StateHandlers,
  inheritedLanguage: QueryLanguage = 'JSONPath',
): CompiledMachine {
  const hit = cache.get(def);
  if (hit && hit.queryLanguage === (def.QueryLanguage ?? inheritedLanguage)) return hit;
  const queryLanguage = (def.QueryLanguage ?? inheritedLanguage) as QueryLanguage;
  const states: Record<string, CompiledState> = Object.create(null);
  const list: CompiledState[] = [];
  const compiled: CompiledMachine = { startAt: '', states, list, queryLanguage, eventsSeen: 0 };
  // The validator catches all of this with positions; these checks only keep an unvalidated definition
  // from crashing the interpreter.
  if (def === null || typeof def !== 'object' || def.States === null || typeof def.States !== 'object' || Array.isArray(def.States)) {
    throw invalid('"States" must be an object of named states.');
  }
  if (typeof def.StartAt !== 'string' || !Object.prototype.hasOwnProperty.call(def.States, def.StartAt)) {
    throw invalid(`"StartAt" ${JSON.stringify(def.StartAt)} does not name a state.`);
  }
  for (const name of Object.keys(def.States)) {
    const raw: StateDefinition | null = def.States[name] ?? null;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw invalid(`State '${name}' must be an object.`);
    const type = raw.Type;
    const handler: StateHandler | undefined = Object.prototype.hasOwnProperty.call(handlers, type) ? handlers[type] : undefined;
    if (handler === undefined) throw invalid(`State '${name}' has unknown Type ${JSON.stringify(type)}.`);
    const s = aslState(raw);
    const language = s.QueryLanguage ?? queryLanguage;
    // Next, Retry and Catch are read from the loose object: these guards also serve unvalidated definitions.
    const state: CompiledState = {
      name,
      index: list.length,
      machine: compiled,
      type,
      def: s,
      next: typeof raw.Next === 'string' ? raw.Next : undefined,
      nextState: undefined,
      enteredType: `${type}StateEntered`,
      exitedType: type === 'Fail' ? undefined : `${type}StateExited`,
      retriers: Array.isArray(raw.Retry) && raw.Retry.length > 0 ? (raw.Retry as Retrier[]) : undefined,
      catchers: Array.isArray(raw.Catch) && raw.Catch.length > 0 ? (raw.Catch as Catcher[]) : undefined,
      queryLanguage: language,
      handler,
      handlers,
      cache: {},
      plain: language === 'JSONPath' && !DATA_FLOW_FIELDS.some((f) => Object.prototype.hasOwnProperty.call(s, f)),
      forwards: false,
    };
    state.forwards = handler.forwardsInput?.(state) ?? false;
    states[name] = state;
    list.push(state);
  }
  // Next resolved to the state itself, so a transition is a property read rather than a lookup by name.
  for (const state of list) state.nextState = state.next === undefined ? undefined : states[state.next];
  compiled.startAt = def.StartAt;
  cache.set(def, compiled);
  return compiled;
}

function invalid(message: string): StatesError {
  return new StatesError(STATES_ERRORS.Runtime, `Invalid state machine definition (run the validator for details): ${message}`);
}
