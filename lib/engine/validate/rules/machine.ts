// The fields of a state machine object itself: the root, each Parallel branch and each Map item processor.
import { has, isObj, type MachineScope, type Reporter } from '../context';
import { at, expectEnum, expectInteger, expectString } from '../checks';
import { didYouMean } from '../suggest';
import { MACHINE_FIELDS } from '../../asl/fields';

const FIELDS: Record<MachineScope['kind'], string[]> = MACHINE_FIELDS;

/** AWS's quota on state names. */
export const MAX_STATE_NAME = 80;

export function checkMachineFields(reporter: Reporter, m: MachineScope): void {
  const r = reporter.as('machine');
  const mc = m.machine;
  const allowed = FIELDS[m.kind];
  const what = m.kind === 'root' ? 'the state machine' : m.kind === 'branch' ? 'a Parallel branch' : "a Map's item processor";
  for (const key of Object.keys(mc)) {
    if (!allowed.includes(key)) {
      const hint = m.kind !== 'root' && (key === 'TimeoutSeconds' || key === 'Version' || key === 'QueryLanguage') ? ` It is only allowed at the top level of the definition.` : didYouMean(key, allowed);
      r.error([...m.path, key], `Field '${key}' is not supported in ${what}.${hint}`, 'SCHEMA_VALIDATION_FAILED', true);
    }
  }
  // AWS lists the missing fields together, States first.
  const missing = ['States', 'StartAt'].filter((k) => !has(mc, k));
  if (missing.length > 0) {
    const why = missing.map((k) => (k === 'States' ? "'States' holds the states by name" : "'StartAt' names the first state to run")).join('; ');
    r.error(m.path, `These fields are required: [${missing.join(', ')}] (${why})`);
  }
  const f = (k: string) => at(r, [...m.path, k], `Field '${k}' of ${what}`, 'JSONPath');
  if (has(mc, 'StartAt')) expectString(f('StartAt'), mc.StartAt);
  if (has(mc, 'Comment')) expectString(f('Comment'), mc.Comment);
  if (m.kind === 'root') {
    if (has(mc, 'Version')) expectString(f('Version'), mc.Version);
    if (has(mc, 'TimeoutSeconds')) expectInteger(f('TimeoutSeconds'), mc.TimeoutSeconds, 0, 99999999);
    if (has(mc, 'QueryLanguage')) expectEnum(f('QueryLanguage'), mc.QueryLanguage, ['JSONPath', 'JSONata']);
  }
  if (has(mc, 'States')) {
    if (!isObj(mc.States)) {
      r.error([...m.path, 'States'], `'States' of ${what} must be a JSON object mapping state names to states`);
    } else if (Object.keys(mc.States).length === 0) {
      r.error([...m.path, 'States'], `'States' of ${what} is empty; it needs at least one state`);
    }
  }
  for (const name of m.stateNames) {
    if (name.length === 0) r.error([...m.path, 'States', name], `A state name must not be empty`, 'INVALID_STATE_NAME', true);
    else if (name.length > MAX_STATE_NAME) {
      r.error([...m.path, 'States', name], `State name '${name.slice(0, 20)}...' is ${name.length} characters long; Step Functions allows at most ${MAX_STATE_NAME}`, 'INVALID_STATE_NAME', true);
    }
  }
}
