// Simulated faults written the way a learner says them: "fail Glue 2 times with Glue.AWSGlueException".
// Each line becomes the services' declarative fault: fail the first N invocations of a state.

export interface FaultSpec {
  state: string;
  /** Inclusive invocation range, 0-based, as the mock-config format writes it: '0-1'. */
  invocations: string;
  throw: { Error: string; Cause?: string };
}

// One grammar, one place: the lessons' content check and the sandbox parse fault lines with the engine's parser.
import { FAULT_LINE, parseFaultLines as parseFaults, type FaultLine } from '../../../lib/engine/fault-lines';

export { parseFaults, type FaultLine };

/** A state a fault line may name: one that calls a service. */
export interface FaultTarget {
  type: string;
  /** Task states call services; so does a Distributed Map that reads or writes S3. */
  callsServices: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every state of a definition, nested ones included, by name. */
export function faultTargets(definition: unknown): Map<string, FaultTarget> {
  const targets = new Map<string, FaultTarget>();
  const walk = (scope: unknown) => {
    if (!isObj(scope) || !isObj(scope.States)) return;
    for (const [name, state] of Object.entries(scope.States)) {
      if (!isObj(state)) continue;
      const type = typeof state.Type === 'string' ? state.Type : '?';
      targets.set(name, { type, callsServices: type === 'Task' || (type === 'Map' && (state.ItemReader !== undefined || state.ResultWriter !== undefined)) });
      if (Array.isArray(state.Branches)) state.Branches.forEach(walk);
      walk(state.ItemProcessor);
      walk(state.Iterator);
    }
  };
  walk(definition);
  return targets;
}

/** Edit distance, for "did you mean" (names are short, so the quadratic table is fine). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * parseFaults, plus a check of each line against the definition's states: a fault on a state that does not
 * exist, or on one that calls no service (a Pass, a Choice), would silently do nothing.
 */
export function checkFaults(text: string, targets: Map<string, FaultTarget> | undefined): ReturnType<typeof parseFaults> {
  const parsed = parseFaults(text);
  if (!targets) return parsed;
  const errors = [...parsed.errors];
  const lines = text.split(/\r?\n/);
  let index = 0;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || !FAULT_LINE.test(line)) return;
    const fault = parsed.faults[index++];
    if (!fault) return;
    const target = targets.get(fault.state);
    if (!target) {
      const names = [...targets.entries()].filter(([, t]) => t.callsServices).map(([n]) => n);
      const close = names.map((n) => [n, distance(n, fault.state)] as const).sort((x, y) => x[1] - y[1])[0];
      const hint = close && close[1] <= Math.max(2, Math.floor(fault.state.length / 3)) ? ` Did you mean ${close[0]}?` : names.length ? ` States that call a service: ${names.join(', ')}.` : ' This definition has no Task state to fail.';
      errors.push({ line: i + 1, message: `Line ${i + 1}: there is no state named "${fault.state}" in the definition.${hint}` });
    } else if (!target.callsServices) {
      errors.push({
        line: i + 1,
        message: `Line ${i + 1}: "${fault.state}" is a ${target.type} state, which calls no service; faults apply to Task states (and to a Distributed Map's ItemReader or ResultWriter).`,
      });
    }
  });
  errors.sort((a, b) => a.line - b.line);
  return { faults: parsed.faults, errors };
}

export function formatFault(f: FaultLine): string {
  const state = /\s/.test(f.state) ? `"${f.state}"` : f.state;
  return `fail ${state} ${f.times} ${f.times === 1 ? 'time' : 'times'} with ${f.error}${f.cause ? `: ${f.cause}` : ''}`;
}

export function toFaultSpecs(lines: readonly FaultLine[]): FaultSpec[] {
  return lines.map((f) => {
    const spec: FaultSpec = {
      state: f.state,
      invocations: f.times === 1 ? '0' : `0-${f.times - 1}`,
      throw: { Error: f.error },
    };
    if (f.cause !== undefined) spec.throw.Cause = f.cause;
    return spec;
  });
}
