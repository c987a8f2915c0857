// costOf(result) prices one run from the engine's billing counters; projectMonthly(perRun, N) multiplies the
// run's usage by N and applies the month's tiers and free tiers. Both return the same readable breakdown.

import type { ExecutionResult } from '../engine/types';
import { addUsage, priceUsage, scaleUsage, usageFromStrings, usageToStrings } from './bill';
import { childUsage, emptyUsage, sortStates } from './distributed-map';
import { PricingError, requireNonNegativeInteger, requireNonNegativeNumber } from './errors';
import { billedDurationMs, estimateExpressMemory, MB_MS_PER_GB_SECOND } from './express';
import { readHistory, utf8Bytes } from './history';
import { lambdaMbMs } from './lambda';
import { formatCount, formatUsd, toUsdNumber } from './money';
import { getRates, RATE_SOURCES, requireExpress, requireLambda, DEFAULT_REGION } from './rates';
import type { ChildrenUsageDetail, CostBreakdown, CostOptions, DurationRateBasis, ExpressUsageDetail, Usage } from './types';

export function costOf(result: ExecutionResult, options: CostOptions = {}): CostBreakdown {
  if (!result || typeof result !== 'object' || !result.billing) {
    throw new PricingError('INVALID_OPTION', 'costOf needs an ExecutionResult with billing counters', ['result', 'billing']);
  }
  // The engine's ARNs say which type ran (arn:aws:states:...:express:... for Express); an explicit type wins.
  const type = options.type ?? (result.executionArn?.includes(':express:') ? 'EXPRESS' : 'STANDARD');
  if (type !== 'STANDARD' && type !== 'EXPRESS') {
    throw new PricingError('INVALID_OPTION', `type must be STANDARD or EXPRESS, got ${JSON.stringify(type)}`, ['options', 'type']);
  }
  const rates = getRates(options.region ?? DEFAULT_REGION);
  const basis = checkBasis(options.durationRateBasis);
  const billing = result.billing;
  const transitions = requireNonNegativeInteger(billing.stateTransitions, ['result', 'billing', 'stateTransitions']);
  const definitionObject = parseDefinition(options.definition);
  const history = readHistory(result, definitionObject);
  const notes: string[] = [];

  let usage: Usage = emptyUsage();
  let express: ExpressUsageDetail | undefined;
  if (type === 'STANDARD') {
    usage.standardTransitions = BigInt(transitions);
  } else {
    const expressRates = requireExpress(rates);
    const durationMs = requireNonNegativeNumber(billing.durationMs, ['result', 'billing', 'durationMs']);
    const definitionBytes = options.definitionBytes ?? definitionSize(options.definition);
    if (definitionBytes === undefined) {
      notes.push('No definition was given, so its size is left out of the memory estimate (it rarely moves the 64 MB chunk).');
    }
    const memory = estimateExpressMemory(
      {
        definitionBytes: definitionBytes ?? 0,
        dataBytes: options.dataBytes ?? history.largestPayloadBytes,
        mapParallelSteps: options.mapParallelSteps ?? history.mapIterations + history.parallelBranches,
        ...(options.memoryMb !== undefined ? { overrideMb: requireNonNegativeNumber(options.memoryMb, ['options', 'memoryMb']) } : {}),
      },
      expressRates,
    );
    const billedMs = billedDurationMs(durationMs, expressRates.durationIncrementMs);
    usage.expressRequests = 1n;
    usage.expressMbMs = BigInt(memory.billedMb) * BigInt(billedMs);
    express = {
      durationMs,
      billedDurationMs: billedMs,
      memoryEstimateMb: memory.estimateMb,
      billedMemoryMb: memory.billedMb,
      gbSeconds: Number(usage.expressMbMs) / Number(MB_MS_PER_GB_SECOND),
      memoryEstimate: {
        baseMb: memory.baseMb,
        definitionBytes: memory.definitionBytes,
        dataBytes: memory.dataBytes,
        mapParallelSteps: memory.mapParallelSteps,
        ...(memory.overriddenMb !== undefined ? { overriddenMb: memory.overriddenMb } : {}),
        formula: memory.formula,
      },
    };
    notes.push(
      `Express bills duration, not transitions: the run's ${formatCount(transitions)} state transition${transitions === 1 ? '' : 's'} cost nothing by themselves; ` +
        `${durationMs} ms was rounded up to ${billedMs} ms and ${memory.estimateMb.toFixed(2)} MB up to ${memory.billedMb} MB.`,
    );
  }

  const children: ChildrenUsageDetail[] = [];
  const childList = options.childExecutions ?? billing.childExecutions ?? [];
  if (!Array.isArray(childList)) {
    throw new PricingError('INVALID_OPTION', 'childExecutions must be an array', ['options', 'childExecutions']);
  }
  const childMemoryMb =
    options.childMemoryMb === undefined ? undefined : requireNonNegativeNumber(options.childMemoryMb, ['options', 'childMemoryMb']);
  childList.forEach((child, index) => {
    const path = options.childExecutions ? ['options', 'childExecutions', index] : ['result', 'billing', 'childExecutions', index];
    const priced = childUsage(child, path, rates.express, childMemoryMb);
    usage = addUsage(usage, priced.usage);
    children.push(priced.detail);
    notes.push(...priced.notes);
  });

  if (options.lambda) {
    const lambdaRates = requireLambda(rates);
    const memoryMb = requireNonNegativeNumber(options.lambda.memoryMb, ['options', 'lambda', 'memoryMb']);
    for (const invocation of history.lambdaInvocations) {
      const ms = options.lambda.durationMsPerInvocation ?? invocation.durationMs ?? 0;
      usage.lambdaRequests += 1n;
      usage.lambdaMbMs += lambdaMbMs(memoryMb, ms, lambdaRates.durationIncrementMs);
    }
    if (history.lambdaInvocations.length === 0) notes.push('No Lambda invocations were found in the history (TaskScheduled with resourceType "lambda").');
  }

  const freeTier = options.freeTier ?? false;
  const priced = priceUsage(usage, rates, { freeTier, basis });
  notes.push(...priced.notes);
  if (!freeTier) notes.push('Free tiers are monthly allowances and are not applied to a single run; projectMonthly applies them.');
  if (!history.recorded && type === 'STANDARD') notes.push('History was not recorded, so retries cannot be told apart from first entries.');

  return {
    workflowType: type,
    region: rates.region,
    regionName: rates.regionName,
    scope: 'run',
    runs: 1,
    freeTierApplied: freeTier,
    durationRateBasis: basis,
    stateTransitions: transitions,
    transitionsByState: sortStates(billing.transitionsByState ?? {}, history.recorded ? history.entriesByState : undefined),
    ...(express ? { express } : {}),
    children,
    ...pricedFields(usage, rates, priced),
    notes,
  };
}

export interface ProjectionOptions {
  /** Default true: a month's bill includes the monthly free tiers. */
  freeTier?: boolean;
  durationRateBasis?: DurationRateBasis;
}

export function projectMonthly(perRun: CostBreakdown, runsPerMonth: number, options: ProjectionOptions = {}): CostBreakdown {
  const runs = requireNonNegativeInteger(runsPerMonth, ['runsPerMonth']);
  const rates = getRates(perRun.region);
  const basis = checkBasis(options.durationRateBasis ?? perRun.durationRateBasis);
  const freeTier = options.freeTier ?? true;
  const usage = scaleUsage(usageFromStrings(perRun.usage), BigInt(runs));
  const priced = priceUsage(usage, rates, { freeTier, basis });
  const notes = [
    `${formatCount(runs)} runs a month, each like the run priced (${perRun.total} a run before free tiers).`,
    ...priced.notes,
  ];
  if (perRun.workflowType === 'EXPRESS' || perRun.children.some((c) => c.type === 'EXPRESS')) {
    notes.push('Express duration tiers apply to all Express GB-seconds in the month together, so large volumes get cheaper per GB-second.');
  }
  return {
    ...perRun,
    scope: 'month',
    runs,
    freeTierApplied: freeTier,
    durationRateBasis: basis,
    stateTransitions: perRun.stateTransitions * runs,
    transitionsByState: perRun.transitionsByState.map((line) => ({
      ...line,
      transitions: line.transitions * runs,
      ...(line.entries !== undefined ? { entries: line.entries * runs } : {}),
      ...(line.retries !== undefined ? { retries: line.retries * runs } : {}),
    })),
    children: perRun.children.map((child) => scaleChild(child, runs)),
    usage: usageToStrings(usage),
    lines: priced.lines,
    totalUsd: toUsdNumber(priced.total),
    total: formatUsd(priced.total),
    totalPico: priced.total.toString(),
    notes,
  };
}

/** Adds usage that is not in the run's history (e.g. the worker Lambda of a comparison) and re-prices the run. */
export function withExtraUsage(breakdown: CostBreakdown, extra: Usage, note?: string): CostBreakdown {
  if (breakdown.scope !== 'run') {
    throw new PricingError('INVALID_OPTION', 'extra usage can only be added to a single run; project the month afterwards', ['breakdown', 'scope']);
  }
  const rates = getRates(breakdown.region);
  const usage = addUsage(usageFromStrings(breakdown.usage), extra);
  const priced = priceUsage(usage, rates, { freeTier: breakdown.freeTierApplied, basis: breakdown.durationRateBasis });
  const sources = new Set([...breakdown.sources, ...sourcesFor(usage)]);
  return {
    ...breakdown,
    usage: usageToStrings(usage),
    lines: priced.lines,
    totalUsd: toUsdNumber(priced.total),
    total: formatUsd(priced.total),
    totalPico: priced.total.toString(),
    notes: note ? [...breakdown.notes, note] : breakdown.notes,
    sources: [...sources],
  };
}

/** A one-run breakdown for usage with no state machine behind it (e.g. Lambda + SQS). */
export function breakdownForUsage(
  usage: Usage,
  options: { region?: string; freeTier?: boolean; durationRateBasis?: DurationRateBasis; notes?: string[] } = {},
): CostBreakdown {
  const rates = getRates(options.region ?? DEFAULT_REGION);
  const basis = checkBasis(options.durationRateBasis);
  const freeTier = options.freeTier ?? false;
  const priced = priceUsage(usage, rates, { freeTier, basis });
  return {
    workflowType: 'NONE',
    region: rates.region,
    regionName: rates.regionName,
    scope: 'run',
    runs: 1,
    freeTierApplied: freeTier,
    durationRateBasis: basis,
    stateTransitions: 0,
    transitionsByState: [],
    children: [],
    ...pricedFields(usage, rates, priced),
    notes: [...(options.notes ?? []), ...priced.notes],
  };
}

/** The fields every breakdown shares once its usage has been priced. */
function pricedFields(usage: Usage, rates: ReturnType<typeof getRates>, priced: ReturnType<typeof priceUsage>) {
  return {
    usage: usageToStrings(usage),
    lines: priced.lines,
    totalUsd: toUsdNumber(priced.total),
    total: formatUsd(priced.total),
    totalPico: priced.total.toString(),
    ratesCheckedOn: rates.checkedOn,
    sources: sourcesFor(usage),
  };
}

function scaleChild(child: ChildrenUsageDetail, runs: number): ChildrenUsageDetail {
  return {
    ...child,
    count: child.count * runs,
    ...(child.items !== undefined ? { items: child.items * runs } : {}),
    ...(child.transitions !== undefined ? { transitions: child.transitions * runs } : {}),
    ...(child.billedDurationMs !== undefined ? { billedDurationMs: child.billedDurationMs * runs } : {}),
    ...(child.gbSeconds !== undefined ? { gbSeconds: child.gbSeconds * runs } : {}),
  };
}

function checkBasis(basis: DurationRateBasis | undefined): DurationRateBasis {
  if (basis === undefined) return 'per-gb-second';
  if (basis !== 'per-gb-second' && basis !== 'per-gb-hour') {
    throw new PricingError('INVALID_OPTION', `durationRateBasis must be 'per-gb-second' or 'per-gb-hour'`, ['options', 'durationRateBasis']);
  }
  return basis;
}

function parseDefinition(definition: string | object | undefined): unknown {
  if (definition === undefined) return undefined;
  if (typeof definition !== 'string') return definition;
  try {
    return JSON.parse(definition);
  } catch {
    return undefined; // YAML or broken text: only its size is used
  }
}

function definitionSize(definition: string | object | undefined): number | undefined {
  if (definition === undefined) return undefined;
  return utf8Bytes(typeof definition === 'string' ? definition : JSON.stringify(definition));
}

function sourcesFor(usage: Usage): string[] {
  const sources: string[] = [RATE_SOURCES.stepFunctions];
  if (usage.lambdaRequests > 0n || usage.lambdaMbMs > 0n) sources.push(RATE_SOURCES.lambda);
  return sources;
}
