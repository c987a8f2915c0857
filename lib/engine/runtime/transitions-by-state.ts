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
//
// Beside the template, each machine keeps the counting arrays of its last finished run, zeroed, for the next
// run to count in (takeTally, giveBackTally).

import type { CompiledMachine, CompiledState } from './compile';
import { setOwn } from '../own';

export interface ByStateTemplate {
  /** The states in first-entered order of the last run (a copy: runs reuse their arrays). */
  order: readonly CompiledState[];
  /** Made once a second run in a row had that order: the keys, with `values` as their counts. */
  object: Record<string, number> | undefined;
  values: number[];
  /** Every value is 1: a run that entered no state twice needs no count written in. */
  allOnes: boolean;
  /** The arrays the machine's last finished run counted in, zeroed, for its next run (see takeTally). */
  spare: Tally | undefined;
}

/** Where a run counts its top machine's transitions: per state (by index) and the states in first-entered order. */
export interface Tally {
  counts: number[];
  entered: CompiledState[];
  /** The first-entered order of the machine's last run: the run compares as it enters (Execution.enter), so
   * telling whether it kept that order costs nothing at the end. */
  expected: readonly CompiledState[];
}

const NO_ORDER: readonly CompiledState[] = Object.freeze([]);

const templates = new WeakMap<CompiledMachine, ByStateTemplate>();

/**
 * The arrays a run of `machine` counts in: the ones its last finished run gave back, or new ones. A run
 * allocated about 2.9 KB for them in a 100-state chain (the counts and a growing list of entered states),
 * a third of what a run with history off allocates. A run that is still going keeps its own: a nested or
 * concurrent run of the same machine gets new arrays.
 */
export function takeTally(machine: CompiledMachine): Tally {
  const template = templates.get(machine);
  const spare = template?.spare;
  if (spare !== undefined) {
    template!.spare = undefined;
    spare.expected = template!.order;
    return spare;
  }
  const n = machine.list.length;
  return { counts: new Array<number>(n).fill(0), entered: new Array<CompiledState>(n), expected: template?.order ?? NO_ORDER };
}

/** Gives back a finished run's arrays (after its transitionsByState was built), zeroing the counts it set. */
export function giveBackTally(machine: CompiledMachine, counts: number[], entered: CompiledState[], enteredCount: number): void {
  let template = templates.get(machine);
  if (template === undefined) templates.set(machine, (template = { order: [], object: undefined, values: [], allOnes: false, spare: undefined }));
  else if (template.spare !== undefined) return;
  // A run that entered a good part of its states is zeroed by fill (a tight builtin loop over numbers); one
  // that entered few of many, state by state (the walk loads each state object: 15% of a 300-state chain).
  if (enteredCount * 4 >= counts.length) counts.fill(0);
  else {
    for (let i = 0; i < enteredCount; i++) {
      const state = entered[i]!;
      if (state.machine === machine) counts[state.index] = 0;
    }
  }
  template.spare = { counts, entered, expected: NO_ORDER };
}

/**
 * `repeated`: whether the run entered any state more than once (when not, every count is 1). `offOrder`:
 * whether a state was first entered at another place than in the template's order (see Tally.expected).
 */
export function transitionsByStateOf(
  machine: CompiledMachine,
  entered: readonly CompiledState[],
  enteredCount: number,
  counts: readonly number[],
  repeated: boolean,
  offOrder: boolean,
): Record<string, number> {
  const template = templates.get(machine);
  if (template === undefined || offOrder || template.order.length !== enteredCount) {
    const order = entered.slice(0, enteredCount);
    templates.set(machine, { order, object: undefined, values: [], allOnes: false, spare: template?.spare });
    return build(order, counts);
  }
  if (template.object === undefined) {
    const built = build(template.order, counts);
    template.object = { ...built };
    template.values = template.order.map((state) => counts[state.index]!);
    template.allOnes = template.values.every((n) => n === 1);
    return built;
  }
  const out = { ...template.object };
  if (!repeated && template.allOnes) return out;
  const values = template.values;
  for (let i = 0; i < enteredCount; i++) {
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
