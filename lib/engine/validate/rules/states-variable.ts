// $states in JSONata states: $states.input and $states.context are always there, but $states.result only
// exists once a Task, Parallel or Map has a result (its Output and Assign), and $states.errorOutput only in
// a Catcher. Reading them elsewhere yields nothing and the expression fails at run time, so we warn.
import { isObj, type Path, type Reporter, type StateScope } from '../context';
import { didYouMean } from '../suggest';
import { looksLikeExpression } from '../syntax';

const MEMBERS = ['input', 'result', 'errorOutput', 'context'];

export function checkStatesVariable(reporter: Reporter, s: StateScope): void {
  const r = reporter.as('states-variable');
  if (s.language !== 'JSONata') return;
  const hasResult = s.type === 'Task' || s.type === 'Parallel' || s.type === 'Map';
  for (const [field, value] of Object.entries(s.state)) {
    if (field === 'ItemProcessor' || field === 'Iterator' || field === 'Branches') continue;
    if (field === 'Catch' && Array.isArray(value)) {
      value.forEach((c, i) => {
        if (!isObj(c)) return;
        for (const k of ['Output', 'Assign']) if (k in c) scan(r, s, [...s.path, 'Catch', i, k], c[k], { result: false, errorOutput: true }, 0);
      });
      continue;
    }
    const resultHere = hasResult && (field === 'Output' || field === 'Assign');
    scan(r, s, [...s.path, field], value, { result: resultHere, errorOutput: false }, 0);
  }
}

function scan(r: Reporter, s: StateScope, path: Path, v: unknown, ok: { result: boolean; errorOutput: boolean }, depth: number): void {
  if (depth > 60) return;
  if (typeof v === 'string') {
    if (!looksLikeExpression(v) || !v.includes('$states')) return;
    for (const m of v.matchAll(/\$states\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
      const member = m[1]!;
      if (!MEMBERS.includes(member)) {
        r.warn(path, `'$states.${member}' does not exist: $states holds input, result, errorOutput and context.${didYouMean(member, MEMBERS)}`, 'UNKNOWN_STATES_FIELD');
      } else if (member === 'result' && !ok.result) {
        r.warn(path, `'$states.result' is not available here: only the Output and Assign of a Task, Parallel or Map state see the result (state '${s.name}')`, 'STATES_FIELD_UNAVAILABLE');
      } else if (member === 'errorOutput' && !ok.errorOutput) {
        r.warn(path, `'$states.errorOutput' is only available in the Output and Assign of a Catcher (state '${s.name}')`, 'STATES_FIELD_UNAVAILABLE');
      }
    }
    return;
  }
  if (Array.isArray(v)) v.forEach((x, i) => scan(r, s, [...path, i], x, ok, depth + 1));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) scan(r, s, [...path, k], x, ok, depth + 1);
}
