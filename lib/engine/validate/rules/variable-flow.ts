// Variables read before any state that could have assigned them has run. rules/variables.ts reports names no
// Assign sets at all; this rule follows the transitions: a read in state S is reported when the variable is
// assigned somewhere, but on no path from the start to S (nor, inside a Map or Parallel, before the Map or
// Parallel state itself). AWS accepts such a definition, and the read fails at run time (States.Runtime for
// JSONPath, States.QueryEvaluationError for JSONata), so it is a warning.
//
// A state's own Assign does not count for its own reads: all of a state's expressions see the variables from
// before the state. In a loop it does reach the state's next visit, which the fixed point below takes in.

import type { Obj, Path, Reporter } from '../context';
import { isObj } from '../context';

interface StateNode {
  name: string;
  path: Path;
  /** Variables any of its Assign blocks (state, Choice rules, Catchers) may set. */
  writes: Set<string>;
  next: string[];
  /** Nested machines (Parallel branches, a Map's item processor), entered with this state's IN set. */
  children: MachineNode[];
}

interface MachineNode {
  startAt: string | undefined;
  states: Map<string, StateNode>;
  /** Variables visible on entry: the enclosing Map/Parallel state's IN set. */
  inSets: Map<string, Set<string>>;
}

export function checkVariableFlow(reporter: Reporter, definition: Obj): void {
  const r = reporter.as('variable-flow');
  if (r.variableReads.length === 0 || r.variableWrites.size === 0) return;
  const topLanguage = definition.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
  const byPath = new Map<string, { machine: MachineNode; state: StateNode }>();
  const root = buildMachine(definition, [], topLanguage, byPath);
  solve(root, new Set());
  for (const { name, path } of r.variableReads) {
    if (!r.variableWrites.has(name)) continue; // rules/variables.ts reports names no Assign sets
    const owner = ownerOf(path, byPath);
    if (!owner) continue;
    const visible = owner.machine.inSets.get(owner.state.name);
    if (visible === undefined) continue; // unreachable state: reported by the transitions rule
    if (visible.has(name)) continue;
    r.warn(
      path,
      `Variable '$${name}' is read in state '${owner.state.name}', but no state that runs before it assigns it` +
        ` (a state's own Assign only takes effect after the state). At run time this read fails.`,
      'VARIABLE_READ_BEFORE_ASSIGN',
    );
  }
}

function buildMachine(
  machine: Obj,
  path: Path,
  language: 'JSONata' | 'JSONPath',
  byPath: Map<string, { machine: MachineNode; state: StateNode }>,
): MachineNode {
  const node: MachineNode = {
    startAt: typeof machine.StartAt === 'string' ? machine.StartAt : undefined,
    states: new Map(),
    inSets: new Map(),
  };
  const states = isObj(machine.States) ? machine.States : {};
  for (const name of Object.keys(states)) {
    const def = states[name];
    if (!isObj(def)) continue;
    const statePath = [...path, 'States', name];
    const stateLanguage = def.QueryLanguage === 'JSONata' ? 'JSONata' : def.QueryLanguage === 'JSONPath' ? 'JSONPath' : language;
    const state: StateNode = { name, path: statePath, writes: new Set(), next: [], children: [] };
    addWrites(state.writes, def.Assign, stateLanguage);
    if (typeof def.Next === 'string') state.next.push(def.Next);
    if (typeof def.Default === 'string') state.next.push(def.Default);
    for (const rule of Array.isArray(def.Choices) ? def.Choices : []) {
      if (!isObj(rule)) continue;
      if (typeof rule.Next === 'string') state.next.push(rule.Next);
      addWrites(state.writes, rule.Assign, stateLanguage);
    }
    for (const catcher of Array.isArray(def.Catch) ? def.Catch : []) {
      if (!isObj(catcher)) continue;
      if (typeof catcher.Next === 'string') state.next.push(catcher.Next);
      addWrites(state.writes, catcher.Assign, stateLanguage);
    }
    if (Array.isArray(def.Branches)) {
      def.Branches.forEach((b, i) => {
        if (isObj(b)) state.children.push(buildMachine(b, [...statePath, 'Branches', i], stateLanguage, byPath));
      });
    }
    for (const key of ['ItemProcessor', 'Iterator']) {
      const p = def[key];
      if (isObj(p)) state.children.push(buildMachine(p, [...statePath, key], stateLanguage, byPath));
    }
    node.states.set(name, state);
    byPath.set(pathKey(statePath), { machine: node, state });
  }
  return node;
}

function addWrites(into: Set<string>, assign: unknown, language: 'JSONata' | 'JSONPath'): void {
  if (!isObj(assign)) return;
  for (const key of Object.keys(assign)) into.add(language === 'JSONPath' && key.endsWith('.$') ? key.slice(0, -2) : key);
}

/** May-assigned sets by fixed point: IN(start) = entry; IN(t) = union of IN(s) + writes(s) over s -> t. */
function solve(machine: MachineNode, entry: Set<string>): void {
  if (machine.startAt === undefined || !machine.states.has(machine.startAt)) return;
  machine.inSets.set(machine.startAt, new Set(entry));
  const work = [machine.startAt];
  while (work.length > 0) {
    const name = work.pop()!;
    const state = machine.states.get(name)!;
    const out = new Set(machine.inSets.get(name)!);
    for (const w of state.writes) out.add(w);
    for (const target of state.next) {
      if (!machine.states.has(target)) continue;
      const current = machine.inSets.get(target);
      if (current === undefined) {
        machine.inSets.set(target, new Set(out));
        work.push(target);
        continue;
      }
      let grew = false;
      for (const v of out) {
        if (!current.has(v)) {
          current.add(v);
          grew = true;
        }
      }
      if (grew) work.push(target);
    }
  }
  // Nested machines see what their Map/Parallel state sees on entry (final sets, after the fixed point).
  for (const [name, state] of machine.states) {
    const visible = machine.inSets.get(name);
    if (visible === undefined) continue;
    for (const child of state.children) solve(child, visible);
  }
}

/** The innermost state whose path is a prefix of `path`. */
function ownerOf(path: Path, byPath: Map<string, { machine: MachineNode; state: StateNode }>) {
  for (let len = path.length; len >= 2; len--) {
    const hit = byPath.get(pathKey(path.slice(0, len)));
    if (hit) return hit;
  }
  return undefined;
}

const pathKey = (path: Path): string => path.join('\u0000');
