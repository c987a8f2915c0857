// A <Sandbox expect={{...}} /> claim: what running the example as written gives. The content check runs
// every sandbox and compares; the lesson text can then say "run it: the Choice skips the load" and be sure.
import { z } from 'zod';
import type { ExecutionResult } from '../engine/types';
import { visitedStates } from './run-example';

const stateNames = z.array(z.string().min(1)).min(1, 'list at least one state name');

export const sandboxExpectSchema = z
  .object({
    status: z.enum(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'], { error: 'status must be SUCCEEDED, FAILED, TIMED_OUT or ABORTED' }),
    /** States the run enters (in any order; Map iterations and Distributed Map children included). */
    visits: stateNames.optional(),
    /** States the run never enters. */
    notVisits: stateNames.optional(),
    /** The error name a failed run ends with. */
    error: z.string().min(1).optional(),
    /** Text the failed run's cause contains. */
    cause: z.string().min(1).optional(),
    /** The exact output of a successful run. */
    output: z.unknown().optional(),
    /** Billed state transitions of the run (Standard: retries included, the start excluded). */
    transitions: z.number().int().nonnegative().optional(),
  })
  .strict();

export type SandboxExpect = z.infer<typeof sandboxExpectSchema>;

const show = (v: unknown) => JSON.stringify(v);

/** Every way the run differs from the claim, as sentences; empty when the claim holds. */
export function compareWithClaim(claim: SandboxExpect, result: ExecutionResult): string[] {
  const problems: string[] = [];
  const outcome = `${result.status}${result.error ? ` with ${result.error}` : ''}`;
  if (result.status !== claim.status) problems.push(`expect.status is ${claim.status} but the run ended ${outcome}${result.cause ? ` (${result.cause.slice(0, 160)})` : ''}`);
  if (claim.error !== undefined && result.error !== claim.error) problems.push(`expect.error is ${claim.error} but the run ended ${outcome}`);
  if (claim.cause !== undefined && !(result.cause ?? '').includes(claim.cause)) {
    problems.push(`expect.cause says the cause contains ${show(claim.cause)} but it is ${show(result.cause ?? '(none)')}`);
  }
  const visited = visitedStates(result);
  const missed = (claim.visits ?? []).filter((s) => !visited.has(s));
  if (missed.length) problems.push(`expect.visits names ${missed.join(', ')}, which the run never entered (it entered ${[...visited].join(', ') || 'no state'})`);
  const entered = (claim.notVisits ?? []).filter((s) => visited.has(s));
  if (entered.length) problems.push(`expect.notVisits names ${entered.join(', ')}, which the run entered`);
  if (claim.output !== undefined && show(canonical(result.output)) !== show(canonical(claim.output))) {
    problems.push(`expect.output is ${show(claim.output)} but the run's output is ${show(result.output ?? null)}`);
  }
  if (claim.transitions !== undefined && result.billing.stateTransitions !== claim.transitions) {
    problems.push(`expect.transitions is ${claim.transitions} but the run made ${result.billing.stateTransitions} state transitions`);
  }
  return problems;
}

/** Key order does not matter when comparing outputs. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}
