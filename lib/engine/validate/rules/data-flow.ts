// The input/output processing fields every state type shares: InputPath, Parameters, ResultSelector,
// ResultPath, OutputPath (JSONPath) and Arguments, Output (JSONata), plus Comment.
import { has, type Reporter, type StateScope } from '../context';
import { at, checkJsonataString, expectObject, expectPath, expectString } from '../checks';
import { looksLikeExpression } from '../syntax';
import { checkTemplate } from './templates';

export function checkDataFlow(reporter: Reporter, s: StateScope): void {
  const r = reporter.as('data-flow');
  const st = s.state;
  const f = (k: string) => at(r, [...s.path, k], `Field '${k}' of state '${s.name}'`, s.language);
  if (has(st, 'Comment')) expectString(f('Comment'), st.Comment);
  if (s.language === 'JSONPath') {
    if (has(st, 'InputPath')) expectPath(f('InputPath'), st.InputPath, 'path', { nullable: true });
    if (has(st, 'OutputPath')) expectPath(f('OutputPath'), st.OutputPath, 'path', { nullable: true });
    if (has(st, 'ResultPath')) expectPath(f('ResultPath'), st.ResultPath, 'reference', { nullable: true });
    if (has(st, 'Parameters')) checkTemplate(r, [...s.path, 'Parameters'], st.Parameters, 'JSONPath', `the Parameters of state '${s.name}'`);
    if (has(st, 'ResultSelector') && expectObject(f('ResultSelector'), st.ResultSelector)) {
      checkTemplate(r, [...s.path, 'ResultSelector'], st.ResultSelector, 'JSONPath', `the ResultSelector of state '${s.name}'`);
    }
    if (has(st, 'Result')) checkStaticResult(r, s, st.Result, [...s.path, 'Result'], 0);
  } else {
    for (const k of ['Arguments', 'Output'] as const) {
      if (!has(st, k)) continue;
      const v = st[k];
      if (k === 'Arguments' && typeof v === 'string' && !looksLikeExpression(v)) {
        r.error([...s.path, k], `Field 'Arguments' of state '${s.name}' must be a JSON object or a {% ... %} expression, not a plain string`);
        continue;
      }
      if (typeof v === 'string' && looksLikeExpression(v)) checkJsonataString(f(k), v);
      else checkTemplate(r, [...s.path, k], v, 'JSONata', `the ${k} of state '${s.name}'`);
    }
  }
}

/** A Pass state's Result is used as written: '.$' keys in it are not evaluated, which surprises people. */
function checkStaticResult(r: Reporter, s: StateScope, v: unknown, path: (string | number)[], depth: number): void {
  if (depth > 100 || typeof v !== 'object' || v === null) return;
  for (const [k, child] of Object.entries(v)) {
    const p = Array.isArray(v) ? [...path, Number(k)] : [...path, k];
    if (!Array.isArray(v) && k.endsWith('.$')) {
      r.warn(p, `'${k}' in the Result of Pass state '${s.name}' is not evaluated: Result is static. Use Parameters to build the output from paths.`, 'PASS_RESULT_IS_STATIC', true);
    }
    checkStaticResult(r, s, child, p, depth + 1);
  }
}
