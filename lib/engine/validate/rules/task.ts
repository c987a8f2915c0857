// Task states: Resource, timeouts and heartbeats (literal, JSONPath *Path or JSONata forms) and Credentials.
import { has, isObj, type Reporter, type StateScope } from '../context';
import { at, expectInteger, expectPath, expectString, expressionStandIn } from '../checks';
import { exclusive } from './exclusive';
import { checkResource } from './resource';

export function checkTask(reporter: Reporter, s: StateScope): void {
  const r = reporter.as('task');
  const st = s.state;
  const f = (k: string) => at(r, [...s.path, k], `Field '${k}' of state '${s.name}'`, s.language);
  const where = `Task state '${s.name}'`;
  if (has(st, 'Resource') && expectString(f('Resource'), st.Resource, { nonEmpty: true })) checkResource(r, s, st.Resource as string);
  exclusive(r, st, s.path, ['TimeoutSeconds', 'TimeoutSecondsPath'], where);
  exclusive(r, st, s.path, ['HeartbeatSeconds', 'HeartbeatSecondsPath'], where);
  if (has(st, 'TimeoutSeconds')) expectInteger(f('TimeoutSeconds'), st.TimeoutSeconds, 1);
  if (has(st, 'HeartbeatSeconds')) expectInteger(f('HeartbeatSeconds'), st.HeartbeatSeconds, 1);
  if (has(st, 'TimeoutSecondsPath')) expectPath(f('TimeoutSecondsPath'), st.TimeoutSecondsPath, 'reference');
  if (has(st, 'HeartbeatSecondsPath')) expectPath(f('HeartbeatSecondsPath'), st.HeartbeatSecondsPath, 'reference');
  const t = st.TimeoutSeconds;
  const h = st.HeartbeatSeconds;
  if (typeof t === 'number' && typeof h === 'number' && Number.isInteger(t) && Number.isInteger(h) && h >= t) {
    r.error([...s.path, 'HeartbeatSeconds'], `HeartbeatSeconds (${h}) of state '${s.name}' must be smaller than its TimeoutSeconds (${t}): a heartbeat is only useful if it can arrive before the task times out`);
  }
  if (has(st, 'Credentials')) checkCredentials(r, s);
}

function checkCredentials(r: Reporter, s: StateScope): void {
  const path = [...s.path, 'Credentials'];
  const c = s.state.Credentials;
  if (!isObj(c)) {
    r.error(path, `Credentials of state '${s.name}' must be a JSON object with a 'RoleArn'`);
    return;
  }
  const keys = s.language === 'JSONPath' ? ['RoleArn', 'RoleArn.$'] : ['RoleArn'];
  if (!keys.some((k) => has(c, k))) {
    r.error(path, `The field 'RoleArn' is required but was missing: Credentials names the IAM role the Task assumes`);
  }
  for (const k of Object.keys(c)) {
    if (!keys.includes(k)) r.error([...path, k], `Field '${k}' is not supported in Credentials of state '${s.name}'; only ${keys.map((x) => `'${x}'`).join(' or ')}`, 'SCHEMA_VALIDATION_FAILED', true);
  }
  const a = at(r, [...path, 'RoleArn'], `Credentials.RoleArn of state '${s.name}'`, s.language);
  if (has(c, 'RoleArn') && expressionStandIn(a, c.RoleArn) === 'no') expectString(a, c.RoleArn, { nonEmpty: true });
  if (has(c, 'RoleArn.$')) expectPath(at(r, [...path, 'RoleArn.$'], `Credentials.RoleArn.$ of state '${s.name}'`, s.language), c['RoleArn.$'], 'path', { intrinsic: true });
}
