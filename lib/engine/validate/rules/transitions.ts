// Transitions inside one state machine (root, branch or item processor): StartAt, Next, Default, the Next of
// Choice rules and Catchers must name states of the same machine; End and Next exclude each other; every
// state must be reachable from StartAt; and some state must end the machine. AWS reports the target and
// reachability problems as MISSING_TRANSITION_TARGET and a machine without an end as MISSING_END_STATE.
import { has, isObj, type MachineScope, type Path, type Reporter } from '../context';
import { didYouMean } from '../suggest';

interface Edge {
  target: unknown;
  path: Path;
  label: string;
}

function edgesOf(state: Record<string, unknown>, statePath: Path): Edge[] {
  const out: Edge[] = [];
  if (has(state, 'Next')) out.push({ target: state.Next, path: [...statePath, 'Next'], label: 'Next' });
  if (state.Type === 'Choice') {
    if (has(state, 'Default')) out.push({ target: state.Default, path: [...statePath, 'Default'], label: 'Default' });
    if (Array.isArray(state.Choices)) {
      state.Choices.forEach((c, i) => {
        if (isObj(c) && has(c, 'Next')) out.push({ target: c.Next, path: [...statePath, 'Choices', i, 'Next'], label: 'Next' });
      });
    }
  }
  if (Array.isArray(state.Catch)) {
    state.Catch.forEach((c, i) => {
      if (isObj(c) && has(c, 'Next')) out.push({ target: c.Next, path: [...statePath, 'Catch', i, 'Next'], label: 'Next' });
    });
  }
  return out;
}

export function checkTransitions(reporter: Reporter, m: MachineScope): void {
  const r = reporter.as('transitions');
  const states = m.machine.States;
  if (!isObj(states)) return;
  const names = m.stateNames;
  const nameSet = new Set(names);
  const where = m.kind === 'root' ? 'the state machine' : m.kind === 'branch' ? 'this Parallel branch' : "this Map's item processor";

  // Flow fields of each state, and where each one leads.
  const adjacency = new Map<string, string[]>();
  let hasEnd = false;
  for (const name of names) {
    const state = states[name];
    if (!isObj(state)) continue;
    const sp = [...m.path, 'States', name];
    const type = state.Type;
    if (type === 'Succeed' || type === 'Fail') hasEnd = true;
    const flows = type !== 'Choice' && type !== 'Succeed' && type !== 'Fail' && typeof type === 'string';
    if (flows) {
      const end = state.End;
      if (has(state, 'End') && typeof end !== 'boolean') r.error([...sp, 'End'], `Field 'End' of state '${name}' must be true or false`);
      if (end === true) hasEnd = true;
      if (end === true && has(state, 'Next')) {
        r.error(sp, `State '${name}' has both 'Next' and "End": true; a state either moves on or ends ${where}, so keep one of them`);
      } else if (end !== true && !has(state, 'Next')) {
        r.error(sp, `State '${name}' has neither 'Next' nor "End": true; add "Next": "<state name>" to move on or "End": true to finish ${where}`);
      }
    }
    const targets: string[] = [];
    for (const e of edgesOf(state, sp)) {
      if (typeof e.target !== 'string') {
        r.error(e.path, `'${e.label}' of state '${name}' must be a state name (a string)`);
        continue;
      }
      if (!nameSet.has(e.target)) {
        r.error(e.path, `Missing '${e.label}' target: '${e.target}': no state of that name in ${where}.${didYouMean(e.target, names)}`, 'MISSING_TRANSITION_TARGET');
        continue;
      }
      targets.push(e.target);
    }
    adjacency.set(name, targets);
  }

  // Reachability from StartAt; only meaningful when StartAt itself names a state.
  const start = m.machine.StartAt;
  if (typeof start === 'string' && nameSet.has(start)) {
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      for (const t of adjacency.get(queue.pop()!) ?? []) {
        if (!seen.has(t)) {
          seen.add(t);
          queue.push(t);
        }
      }
    }
    for (const name of names) {
      if (!seen.has(name)) {
        r.error([...m.path, 'States', name], `State "${name}" is not reachable: no StartAt, Next, Default or Catch of ${where} leads to it.`, 'MISSING_TRANSITION_TARGET', true);
      }
    }
  } else if (typeof start === 'string') {
    r.error([...m.path, 'StartAt'], `Missing 'StartAt' target: '${start}': no state of that name in ${where}.${didYouMean(start, names)}`, 'MISSING_TRANSITION_TARGET');
  }

  if (!hasEnd && names.length > 0) {
    r.error([...m.path, 'States'], `${where[0]!.toUpperCase() + where.slice(1)} has no terminal state: give some state "End": true, or add a Succeed or Fail state, so executions can finish.`, 'MISSING_END_STATE', true);
  }
}
