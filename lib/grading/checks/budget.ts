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
  const scale = spec.scale ?? 1;
  try {
    const perRun = costOf(obs.result, { type: ctx.executionType, definition: ctx.definitionText });
    // A sample scaled to the full workload is still one run: no free tier unless a month is projected.
    if (spec.runsPerMonth !== undefined) total = projectMonthly(perRun, spec.runsPerMonth * scale).totalUsd;
    else total = scale === 1 ? perRun.totalUsd : projectMonthly(perRun, scale, { freeTier: false }).totalUsd;
  } catch (e) {
    return fail('cost', `the run's cost could not be computed (${e instanceof Error ? e.message : String(e)})`);
  }
  const run = spec.scaleLabel ?? (scale === 1 ? 'a run' : `a run ${scale.toLocaleString('en-US')} times this size`);
  const scope = spec.runsPerMonth === undefined ? run : `a month at ${spec.runsPerMonth.toLocaleString('en-US')} runs`;
  if (total <= spec.maxUsd) return pass('cost', `it costs ${usd(total)} for ${scope} (at most ${usd(spec.maxUsd)})`);
  const billing = obs.result.billing;
  const children = (billing.childExecutions ?? [])
    .map((c) => {
      const perChild = c.items !== undefined && c.count > 0 ? c.items / c.count : 1;
      return `${plural(c.count, `${c.type} child execution`)} in '${c.mapStateName}' (${perChild > 1 ? `${Math.round(perChild).toLocaleString('en-US')} items each` : 'one per item'})`;
    })
    .join(', ');
  // Where the transitions go: the states that take most of them.
  const busiest = Object.entries(billing.transitionsByState ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, n]) => `'${name}' ${n.toLocaleString('en-US')}`);
  const detail = `${plural(billing.stateTransitions, 'state transition')} per run${scale > 1 ? ' of the sample' : ''}${busiest.length > 1 ? ` (${busiest.join(', ')}${Object.keys(billing.transitionsByState ?? {}).length > 3 ? ', …' : ''})` : ''}${children ? ` and ${children}` : ''}`;
  const story = obs.result.status === 'SUCCEEDED' ? '' : `; ${describeRun(obs)}`;
  return fail('cost', `${scope} should cost at most ${usd(spec.maxUsd)}, but it costs ${usd(total)}: ${detail}${story}`);
}

function secondsText(ms: number): string {
  return `${(Math.round(ms / 100) / 10).toLocaleString('en-US')} s`;
}

export function checkDuration(maxSeconds: number, { obs }: CheckContext): CheckResult {
  const ms = obs.result.billing.durationMs;
  if (ms <= maxSeconds * 1000) return pass('maxDurationSeconds', `the run took ${secondsText(ms)} of simulated time`);
  // The slowest steps say where the time went (a Parallel counts its branches' time too).
  const slowest = [...obs.durations.entries()]
    .filter(([, d]) => d > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, d]) => `'${name}' ${secondsText(d)}`);
  const where = slowest.length ? ` (the longest steps: ${slowest.join(', ')})` : '';
  return fail('maxDurationSeconds', `the run should finish within ${maxSeconds.toLocaleString('en-US')} s, but it took ${secondsText(ms)} of simulated time${where}`);
}
