// Parallel states: Branches is a non-empty array of state machines (each checked as its own scope).
import { has, isObj, typeName, type Reporter, type StateScope } from '../context';
import { at, expectArray } from '../checks';

export function checkParallel(reporter: Reporter, s: StateScope): void {
  const r = reporter.as('parallel');
  const b = s.state.Branches;
  if (!has(s.state, 'Branches')) return;
  if (!expectArray(at(r, [...s.path, 'Branches'], `Field 'Branches' of Parallel state '${s.name}'`, s.language), b, { nonEmpty: true })) return;
  b.forEach((branch, i) => {
    if (!isObj(branch)) r.error([...s.path, 'Branches', i], `Branch #${i} of Parallel state '${s.name}' must be a state machine object with StartAt and States, not ${typeName(branch)}`);
  });
}
