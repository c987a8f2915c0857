// Fail states: Error and Cause, as literals, JSONPath *Path forms (a path or an intrinsic call) or JSONata.
import { has, type Reporter, type StateScope } from '../context';
import { at, expectPath, expectString, expressionStandIn } from '../checks';
import { exclusive } from './exclusive';

export function checkFail(reporter: Reporter, s: StateScope): void {
  const r = reporter.as('fail');
  const st = s.state;
  const f = (k: string) => at(r, [...s.path, k], `Field '${k}' of state '${s.name}'`, s.language);
  exclusive(r, st, s.path, ['Error', 'ErrorPath'], `Fail state '${s.name}'`);
  exclusive(r, st, s.path, ['Cause', 'CausePath'], `Fail state '${s.name}'`);
  for (const k of ['Error', 'Cause']) {
    if (has(st, k) && expressionStandIn(f(k), st[k]) === 'no') expectString(f(k), st[k]);
  }
  for (const k of ['ErrorPath', 'CausePath']) {
    if (has(st, k)) expectPath(f(k), st[k], 'reference', { intrinsic: true });
  }
}
