// Walks a definition: each state machine (root, Parallel branches, Map item processors) and each of its
// states, running the rules that apply. Rules live in rules/, one concern per file.
import type { QueryLanguage, StateType } from '../types';
import { has, isObj, pointer, typeName, type MachineScope, type Obj, type Path, type Reporter, type StateScope } from './context';
import { didYouMean } from './suggest';
import { checkMachineFields } from './rules/machine';
import { checkStateFields, STATE_FIELDS, STATE_TYPES } from './rules/state-fields';
import { checkDataFlow } from './rules/data-flow';
import { checkAssign } from './rules/assign';
import { checkTransitions } from './rules/transitions';
import { checkTask } from './rules/task';
import { checkChoice } from './rules/choice';
import { checkWait } from './rules/wait';
import { checkFail } from './rules/fail';
import { checkParallel } from './rules/parallel';
import { checkMap } from './rules/map';
import { checkRetryCatch } from './rules/retry-catch';
import { checkExpressResource } from './rules/express';
import { checkStatesVariable } from './rules/states-variable';
import { hasOwnKey } from '../own';

const TYPE_RULES: Partial<Record<StateType, (r: Reporter, s: StateScope) => void>> = {
  Task: checkTask,
  Choice: checkChoice,
  Wait: checkWait,
  Fail: checkFail,
  Parallel: checkParallel,
  Map: checkMap,
};

export function walkMachine(reporter: Reporter, m: MachineScope, depth = 0): void {
  const r = reporter.as('state-shape');
  checkMachineFields(r, m);
  const states = m.machine.States;
  if (isObj(states)) {
    for (const name of m.stateNames) {
      const path = [...m.path, 'States', name];
      // The spec makes state names unique in the whole machine, nested branches and item processors included.
      const first = r.stateNames.get(name);
      if (first) r.error(path, `Duplicate State name: '${name}' is already used at ${pointer(first)}; state names must be unique across the whole state machine, including Parallel branches and Map item processors`, 'DUPLICATE_STATE_NAME', true);
      else r.stateNames.set(name, path);
      walkState(r, m, name, states[name], path, depth);
    }
  }
  checkTransitions(r, m);
}

function walkState(r: Reporter, m: MachineScope, name: string, state: unknown, path: Path, depth: number): void {
  if (!isObj(state)) {
    r.error(path, `State '${name}' must be a JSON object with a "Type", not ${typeName(state)}`);
    return;
  }
  if (!has(state, 'Type')) {
    r.error(path, `State '${name}' has no 'Type': it must be one of ${STATE_TYPES.join(', ')}`);
    return;
  }
  const type = state.Type;
  if (typeof type !== 'string' || !hasOwnKey(STATE_FIELDS, type)) {
    const hint = typeof type === 'string' ? didYouMean(type, STATE_TYPES) : '';
    r.error([...path, 'Type'], `State '${name}' has an unknown Type ${JSON.stringify(type)}; it must be one of ${STATE_TYPES.join(', ')}.${hint}`);
    return;
  }
  const language = stateLanguage(r, m, state, path);
  const s: StateScope = { name, state, path, type: type as StateType, language, machine: m };
  checkStateFields(r, s);
  checkDataFlow(r, s);
  if (has(state, 'Assign') && has(STATE_FIELDS[s.type], 'Assign')) checkAssign(r, [...path, 'Assign'], state.Assign, language, `state '${name}'`);
  TYPE_RULES[s.type]?.(r, s);
  if (s.type === 'Task' || s.type === 'Parallel' || s.type === 'Map') checkRetryCatch(r, s);
  checkExpressResource(r, s);
  checkStatesVariable(r, s);
  if (depth > 40) return;
  if (s.type === 'Parallel' && Array.isArray(state.Branches)) {
    state.Branches.forEach((b, i) => {
      if (isObj(b)) walkMachine(r, child(m, b, [...path, 'Branches', i], 'branch', m.executionType), depth + 1);
    });
  }
  if (s.type === 'Map') {
    for (const key of ['ItemProcessor', 'Iterator']) {
      const proc = state[key];
      if (!isObj(proc)) continue;
      const pc = proc.ProcessorConfig;
      const execType = isObj(pc) && pc.Mode === 'DISTRIBUTED' && pc.ExecutionType === 'EXPRESS' ? 'EXPRESS' : m.executionType;
      walkMachine(r, child(m, proc, [...path, key], 'processor', execType), depth + 1);
    }
  }
}

function child(parent: MachineScope, machine: Obj, path: Path, kind: 'branch' | 'processor', executionType: 'STANDARD' | 'EXPRESS'): MachineScope {
  const states = machine.States;
  return {
    path,
    machine,
    kind,
    topLanguage: parent.topLanguage,
    stateNames: isObj(states) ? Object.keys(states) : [],
    executionType,
  };
}

/** A state's own QueryLanguage, else the root's. A JSONata machine may not switch a state back to JSONPath. */
function stateLanguage(r: Reporter, m: MachineScope, state: Obj, path: Path): QueryLanguage {
  if (!has(state, 'QueryLanguage')) return m.topLanguage;
  const q = state.QueryLanguage;
  if (q !== 'JSONPath' && q !== 'JSONata') {
    r.error([...path, 'QueryLanguage'], `QueryLanguage must be 'JSONPath' or 'JSONata', not ${JSON.stringify(q)}`);
    return m.topLanguage;
  }
  if (q === 'JSONPath' && m.topLanguage === 'JSONata') {
    r.error(path, `'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine (state). A JSONPath machine may switch single states to JSONata, not the reverse`);
  }
  return q;
}
