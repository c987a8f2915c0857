// What the run used: billed state transitions, the bill (lib/pricing), simulated duration.
import type { Expectations } from '../../content/scenario-schema';
import { costOf, projectMonthly } from '../../pricing';
import { describeRun, plural } from '../explain';
import type { CheckResult } from '../types';
import { fail, pass, type CheckContext } from './context';

export function checkTransitions(max: number, { obs }: CheckContext): CheckResult {
  const n = obs.result.billing.stateTransitions;
  if (n <= max) return pass('maxTransitions', `the run used ${plural(n, 'state transition')} (at most ${max.toLocaleString('en-US')})`);
  return fail('maxTransitions', `the run should use at most ${plural(max, 'state transition')}, but it used ${n.toLocaleString('en-US')}`);
}

function usd(amount: number): string {
  if (amount === 0) return '$0';
  if (amount < 0.01) return `$${amount.toPrecision(3)}`;
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function checkCost(spec: NonNullable<Expectations['cost']>, ctx: CheckContext): CheckResult {
  const { obs } = ctx;
  let total: number;
  try {
    const perRun = costOf(obs.result, { type: ctx.executionType, definition: ctx.definitionText });
    total = spec.runsPerMonth === undefined ? perRun.totalUsd : projectMonthly(perRun, spec.runsPerMonth).totalUsd;
  } catch (e) {
    return fail('cost', `the run's cost could not be computed (${e instanceof Error ? e.message : String(e)})`);
  }
  const scope = spec.runsPerMonth === undefined ? 'a run' : `a month at ${spec.runsPerMonth.toLocaleString('en-US')} runs`;
  if (total <= spec.maxUsd) return pass('cost', `it costs ${usd(total)} for ${scope} (at most ${usd(spec.maxUsd)})`);
  const transitions = obs.result.billing.stateTransitions;
  const children = (obs.result.billing.childExecutions ?? []).reduce((s, c) => s + c.count, 0);
  const detail = `${plural(transitions, 'state transition')} per run${children ? ` and ${plural(children, 'child execution')}` : ''}`;
  return fail('cost', `${scope} should cost at most ${usd(spec.maxUsd)}, but it costs ${usd(total)} (${detail}; ${describeRun(obs)})`);
}

export function checkDuration(maxSeconds: number, { obs }: CheckContext): CheckResult {
  const seconds = obs.result.billing.durationMs / 1000;
  if (seconds <= maxSeconds) return pass('maxDurationSeconds', `the run took ${seconds.toLocaleString('en-US')} s of simulated time`);
  return fail('maxDurationSeconds', `the run should finish within ${maxSeconds.toLocaleString('en-US')} s, but it took ${seconds.toLocaleString('en-US')} s of simulated time`);
}
