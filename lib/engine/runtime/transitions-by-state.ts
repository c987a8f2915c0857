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
//
// A batch of forwarding Pass states (forward-run.ts) is logged, not counted state by state, while nothing else
// has been counted: its first state and its size, which decide its counts. A run made of logged batches only
// (a chain of Pass states) whose log is the one of the run that made the template has the template's counts:
// its object is a copy of the template's, and none of its states was counted one by one (that counting was a
// sixth of such a run with history on, 2026-12-03). Anything else counted first replays the log (flush).

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
  /** The batch log (first states, sizes) of the run that made `object`, when that run was logged batches only. */
  log: { first: readonly CompiledState[]; size: readonly number[] } | undefined;
}

/** Batches a run logs before it counts them state by state: a run made of batches only has one or two. */
const MAX_LOGGED = 16;

/**
 * Where a run counts its transitions: its top machine's counts by state index, and every state it entered (of
 * any machine) in first-entered order, compared as they come with the order of the machine's last run.
 */
export class Tally {
  /** How many of `entered` this run has filled. */
  enteredCount = 0;
  /** Whether a state was first entered at another place than in `expected` (so the template does not fit). */
  offOrder = false;
  /** Whether a state was entered a second time (transitionsByState then has counts other than 1). */
  repeated = false;

  constructor(
    readonly counts: number[],
    readonly entered: CompiledState[],
    /** The first-entered order of the machine's last run (the template's). */
    public expected: readonly CompiledState[],
  ) {}

  /** Batches logged (their first state and size, see logBatch) and how many of them were counted (flush). */
  readonly batchFirst: CompiledState[] = [];
  readonly batchSize: number[] = [];
  batches = 0;
  private flushed = 0;

  /**
   * Whether a batch of `counts`' machine may be logged rather than counted: nothing counted state by state
   * yet in this run (so the log so far is the whole run), the top machine's counts, and room in the log.
   */
  logs(counts: number[]): boolean {
    return this.enteredCount === 0 && counts === this.counts && this.batches < MAX_LOGGED;
  }

  /** A batch of `n` forwarding states from `first` (each moving to the next), counted later if at all. */
  logBatch(first: CompiledState, n: number): void {
    this.batchFirst[this.batches] = first;
    this.batchSize[this.batches] = n;
    this.batches++;
  }

  /** Forgets the log (the run is over and its counts zeroed). */
  resetLog(): void {
    this.batches = 0;
    this.flushed = 0;
  }

  /** Counts the logged batches not yet counted, in order. */
  flush(): void {
    for (let b = this.flushed; b < this.batches; b++) this.countRun(this.batchFirst[b]!, this.batchSize[b]!, this.counts);
    this.flushed = this.batches;
  }

  /** Whether this run's log is `log`, and nothing else was counted. */
  loggedOnly(log: ByStateTemplate['log']): boolean {
    if (log === undefined || this.enteredCount !== 0 || log.first.length !== this.batches) return false;
    for (let b = 0; b < this.batches; b++) if (log.first[b] !== this.batchFirst[b] || log.size[b] !== this.batchSize[b]) return false;
    return true;
  }

  /** `n` transitions: `first` and the states after it (nextState), one each. */
  countRun(first: CompiledState, n: number, counts: number[]): void {
    let state = first;
    for (let i = 0; ; ) {
      this.countOne(state, counts);
      if (++i === n) break;
      state = state.nextState!;
    }
  }

  /** One more transition of `state`; `counts` are its machine's (the top machine's, or an inner one's). */
  count(state: CompiledState, counts: number[]): void {
    if (this.batches !== this.flushed) this.flush();
    this.countOne(state, counts);
  }

  private countOne(state: CompiledState, counts: number[]): void {
    const before = counts[state.index]!;
    counts[state.index] = before + 1;
    if (before === 0) {
      const k = this.enteredCount++;
      this.entered[k] = state;
      if (k >= this.expected.length || this.expected[k] !== state) this.offOrder = true;
    } else this.repeated = true;
  }
}

const NO_ORDER: readonly CompiledState[] = Object.freeze([]);

/** Before the first state is counted and after the release: frozen arrays, so a count out of turn throws. */
export const NO_TALLY = new Tally(Object.freeze([]) as unknown as number[], Object.freeze([]) as unknown as CompiledState[], NO_ORDER);

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
  return new Tally(new Array<number>(n).fill(0), new Array<CompiledState>(n), template?.order ?? NO_ORDER);
}

/** Gives back a finished run's tally (after its transitionsByState was built), zeroed for the next run. */
export function giveBackTally(machine: CompiledMachine, tally: Tally): void {
  let template = templates.get(machine);
  if (template === undefined) templates.set(machine, (template = { order: [], object: undefined, values: [], allOnes: false, spare: undefined, log: undefined }));
  else if (template.spare !== undefined) return;
  const { counts, entered, enteredCount } = tally;
  // A run that entered a good part of its states is zeroed whole (a tight loop over numbers); one that entered
  // few of many, state by state (that walk loads each state object: 15% of a 300-state chain's time).
  if (enteredCount * 4 >= counts.length) for (let i = 0; i < counts.length; i++) counts[i] = 0;
  else {
    for (let i = 0; i < enteredCount; i++) {
      const state = entered[i]!;
      if (state.machine === machine) counts[state.index] = 0;
    }
  }
  tally.enteredCount = 0;
  tally.resetLog();
  tally.offOrder = false;
  tally.repeated = false;
  tally.expected = NO_ORDER;
  template.spare = tally;
}

/** The billing object of a run whose only machine is `machine`, from its tally. */
export function transitionsByStateOf(machine: CompiledMachine, tally: Tally): Record<string, number> {
  const template = templates.get(machine);
  // The template's run was the same batches and nothing else: the same counts, none of them counted here.
  if (template?.object !== undefined && tally.loggedOnly(template.log)) return { ...template.object };
  const log = tally.enteredCount === 0 && tally.batches > 0 ? { first: tally.batchFirst.slice(0, tally.batches), size: tally.batchSize.slice(0, tally.batches) } : undefined;
  tally.flush();
  const { entered, enteredCount, counts, repeated, offOrder } = tally;
  if (template === undefined || offOrder || template.order.length !== enteredCount) {
    const order = entered.slice(0, enteredCount);
    templates.set(machine, { order, object: undefined, values: [], allOnes: false, spare: template?.spare, log: undefined });
    return build(order, counts);
  }
  if (template.object === undefined) {
    const built = build(template.order, counts);
    template.object = { ...built };
    template.values = template.order.map((state) => counts[state.index]!);
    template.allOnes = template.values.every((n) => n === 1);
    template.log = log;
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
