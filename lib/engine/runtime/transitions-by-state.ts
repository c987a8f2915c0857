// billing.transitionsByState of a run of one machine: transitions per state name, in the order the states
// were first entered. Built key by key, a 100-key object falls back to a slow dictionary and cost 10-20 us
// a run, a third of a 100-state chain with history off (CPU profile, 2026-12-03). A copy of an object that
// already has those keys costs under 0.5 us, if that object has fast properties. So each compiled machine
// keeps, as a template, the shape its last two runs both had, and a run with that shape gets a copy with only
// the counts that differ written in. Runs never share the object they are given.
//
// The template is made by a spread, not by JSON.parse: V8 gives an object of 128 or more keys from
// JSON.parse (or from adding keys one by one) dictionary properties, and a spread of such an object cost
// 26 us at 128 keys and 54 us at 200 (Node 20), so a 200-state chain ran ten times slower per transition than a
// 100-state one; a spread's copy has fast properties, and a spread of that copy costs 0.3-0.5 us up to 400 keys.

import type { CompiledMachine, CompiledState } from './compile';
import { setOwn } from '../own';

export interface ByStateTemplate {
  /** The states in first-entered order of the last run. */
  order: readonly CompiledState[];
  /** Made once a second run in a row had that order: the keys, with `values` as their counts. */
  object: Record<string, number> | undefined;
  values: number[];
}

const templates = new WeakMap<CompiledMachine, ByStateTemplate>();

export function transitionsByStateOf(machine: CompiledMachine, entered: readonly CompiledState[], counts: readonly number[]): Record<string, number> {
  const template = templates.get(machine);
  if (template === undefined || !sameOrder(template.order, entered)) {
    templates.set(machine, { order: entered, object: undefined, values: [] });
    return build(entered, counts);
  }
  if (template.object === undefined) {
    const built = build(entered, counts);
    template.object = { ...built };
    template.values = entered.map((state) => counts[state.index]!);
    return built;
  }
  const out = { ...template.object };
  const values = template.values;
  for (let i = 0; i < entered.length; i++) {
    const state = entered[i]!;
    const count = counts[state.index]!;
    if (count !== values[i]) setOwn(out, state.name, count);
  }
  return out;
}

/** One machine's state names are unique: each is written once. */
function build(entered: readonly CompiledState[], counts: readonly number[]): Record<string, number> {
  const byState: Record<string, number> = {};
  for (let i = 0; i < entered.length; i++) {
    const state = entered[i]!;
    if (state.name === '__proto__') setOwn(byState, state.name, counts[state.index]!);
    else byState[state.name] = counts[state.index]!;
  }
  return byState;
}

function sameOrder(a: readonly CompiledState[], b: readonly CompiledState[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
