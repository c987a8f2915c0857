// Distributed Map: every child workflow execution is billed by its own type. STANDARD children pay per state
// transition; EXPRESS children pay one request each plus their own rounded duration × memory. ItemBatcher
// puts several items in one child, so it cuts requests (and the per-child transitions) by the batch size.

import { billedDurationMs, estimateExpressMemory, MB_MS_PER_GB_SECOND } from './express';
import { PricingError, requireNonNegativeInteger, requireNonNegativeNumber } from './errors';
import { formatCount } from './money';
import type { ExpressRates } from './rates';
import type { ChildExecutionsBilling, ChildrenUsageDetail, StateTransitionsLine, Usage } from './types';
import { own } from '../engine/own';

export function emptyUsage(): Usage {
  return { standardTransitions: 0n, expressRequests: 0n, expressMbMs: 0n, lambdaRequests: 0n, lambdaMbMs: 0n };
}

export function childUsage(
  child: ChildExecutionsBilling,
  path: (string | number)[],
  express: ExpressRates | undefined,
  memoryOverrideMb?: number,
): { usage: Usage; detail: ChildrenUsageDetail; notes: string[] } {
  const usage = emptyUsage();
  const notes: string[] = [];
  const count = requireNonNegativeInteger(child.count, [...path, 'count']);
  const items = child.items === undefined ? undefined : requireNonNegativeInteger(child.items, [...path, 'items']);
  const batching =
    items !== undefined && items > count
      ? ` ItemBatcher grouped ${formatCount(items)} items into ${formatCount(count)} child executions.`
      : '';
  const byState = child.transitionsByState ? sortStates(child.transitionsByState) : undefined;

  if (child.type === 'STANDARD') {
    const transitions =
      child.totalTransitions !== undefined
        ? requireNonNegativeInteger(child.totalTransitions, [...path, 'totalTransitions'])
        : byState?.reduce((sum, line) => sum + line.transitions, 0);
    if (transitions === undefined) {
      throw new PricingError(
        'INVALID_OPTION',
        'STANDARD child executions need totalTransitions (or transitionsByState) to be priced',
        [...path, 'totalTransitions'],
      );
    }
    usage.standardTransitions = BigInt(transitions);
    return {
      usage,
      notes,
      detail: {
        mapStateName: child.mapStateName,
        type: 'STANDARD',
        count,
        ...(items !== undefined ? { items } : {}),
        transitions,
        ...(byState ? { transitionsByState: byState } : {}),
        explanation:
          `${formatCount(count)} STANDARD child executions of "${child.mapStateName}" made ${formatCount(transitions)} state transitions, billed like any Standard workflow.` +
          batching,
      },
    };
  }

  if (child.type !== 'EXPRESS') {
    throw new PricingError('INVALID_OPTION', `child execution type must be STANDARD or EXPRESS, got ${JSON.stringify(child.type)}`, [...path, 'type']);
  }
  if (!express) {
    throw new PricingError('RATES_NOT_CONFIRMED', 'Express prices are not recorded for this region', ['region']);
  }
  let billedMs: number;
  if (child.totalBilledDurationMs !== undefined) {
    billedMs = Math.max(requireNonNegativeNumber(child.totalBilledDurationMs, [...path, 'totalBilledDurationMs']), count * express.durationIncrementMs);
  } else if (child.totalDurationMs !== undefined) {
    const total = requireNonNegativeNumber(child.totalDurationMs, [...path, 'totalDurationMs']);
    const average = count > 0 ? total / count : 0;
    billedMs = count * billedDurationMs(average, express.durationIncrementMs);
    if (count > 0) {
      notes.push(
        `"${child.mapStateName}": each child's duration was not reported, so the average (${Math.round(average)} ms) was rounded up to ${billedDurationMs(average, express.durationIncrementMs)} ms for every child.`,
      );
    }
  } else if (count === 0) {
    billedMs = 0;
  } else {
    throw new PricingError(
      'INVALID_OPTION',
      'EXPRESS child executions need totalBilledDurationMs or totalDurationMs to be priced',
      [...path, 'totalDurationMs'],
    );
  }
  const memory = estimateExpressMemory(
    {
      definitionBytes: child.definitionBytes ?? 0,
      dataBytes: child.maxInputBytes ?? 0,
      mapParallelSteps: child.mapParallelStepsPerChild ?? 0,
      ...(memoryOverrideMb !== undefined ? { overrideMb: memoryOverrideMb } : {}),
    },
    express,
  );
  usage.expressRequests = BigInt(count);
  usage.expressMbMs = BigInt(memory.billedMb) * BigInt(Math.ceil(billedMs));
  const gbSeconds = Number(usage.expressMbMs) / Number(MB_MS_PER_GB_SECOND);
  return {
    usage,
    notes,
    detail: {
      mapStateName: child.mapStateName,
      type: 'EXPRESS',
      count,
      ...(items !== undefined ? { items } : {}),
      ...(child.totalTransitions !== undefined ? { transitions: child.totalTransitions } : {}),
      ...(byState ? { transitionsByState: byState } : {}),
      ...(child.totalDurationMs !== undefined ? { durationMs: child.totalDurationMs } : {}),
      billedDurationMs: billedMs,
      billedMemoryMb: memory.billedMb,
      gbSeconds,
      explanation:
        `${formatCount(count)} EXPRESS child executions of "${child.mapStateName}": one request each, plus ${formatCount(billedMs)} billed ms ` +
        `(each child rounded up to ${express.durationIncrementMs} ms) × ${memory.billedMb} MB. Their state transitions cost nothing extra.` +
        batching,
    },
  };
}

export function sortStates(byState: Record<string, number>, entries?: Record<string, number>): StateTransitionsLine[] {
  return Object.entries(byState)
    .map(([state, transitions]): StateTransitionsLine => {
      const entered = own(entries, state);
      return entered === undefined
        ? { state, transitions }
        : { state, transitions, entries: entered, retries: Math.max(0, transitions - entered) };
    })
    .sort((a, b) => b.transitions - a.transitions || a.state.localeCompare(b.state));
}
