// Wait states: exactly one of Seconds, Timestamp, SecondsPath, TimestampPath.
import { has, type Reporter, type StateScope } from '../context';
import { at, expectInteger, expectPath, expressionStandIn } from '../checks';
import { exclusive } from './exclusive';
import { isRfc3339 } from './timestamp';

export function checkWait(reporter: Reporter, s: StateScope): void {
  const r = reporter.as('wait');
  const st = s.state;
  const f = (k: string) => at(r, [...s.path, k], `Field '${k}' of state '${s.name}'`, s.language);
  const fields = s.language === 'JSONata' ? ['Seconds', 'Timestamp'] : ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'];
  exclusive(r, st, s.path, fields, `Wait state '${s.name}'`, true);
  if (has(st, 'Seconds')) expectInteger(f('Seconds'), st.Seconds, 0);
  if (has(st, 'Timestamp')) {
    const v = st.Timestamp;
    const a = f('Timestamp');
    if (expressionStandIn(a, v) === 'no' && (typeof v !== 'string' || !isRfc3339(v))) {
      const why = typeof v === 'string' && v.includes('{%')
        ? ` (a {% %} expression is only evaluated in a JSONata state; this state uses JSONPath)`
        : ` (expected e.g. "2024-03-14T01:59:00Z": date, uppercase 'T', time, then 'Z' or an offset like +02:00)`;
      r.error(a.path, `String does not match RFC3339 timestamp${why}`);
    }
  }
  if (has(st, 'SecondsPath')) expectPath(f('SecondsPath'), st.SecondsPath, 'reference');
  if (has(st, 'TimestampPath')) expectPath(f('TimestampPath'), st.TimestampPath, 'reference');
}
