// How the run ended: its status, and the error it failed with.
import type { Expectations } from '../../content/scenario-schema';
import { describeRun } from '../explain';
import type { CheckResult } from '../types';
import { fail, pass, type CheckContext } from './context';

export function checkStatus(expected: NonNullable<Expectations['status']>, { obs }: CheckContext): CheckResult {
  if (obs.result.status === expected) return pass('status', `the run ended ${expected}`);
  return fail('status', `the run should end ${expected}, but ${describeRun(obs)}`);
}

export function checkError(expected: string, { obs }: CheckContext): CheckResult {
  const r = obs.result;
  if (r.status !== 'SUCCEEDED' && r.error === expected) return pass('error', `the run failed with ${expected}`);
  if (r.status === 'SUCCEEDED') return fail('error', `the run should fail with ${expected}, but ${describeRun(obs)}`);
  return fail('error', `the run should fail with ${expected}, but ${describeRun(obs)}`);
}
