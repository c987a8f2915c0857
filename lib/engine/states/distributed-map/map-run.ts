// A Distributed Map state (ProcessorConfig.Mode DISTRIBUTED): one Map Run that reads items (ItemReader or
// the state input), shapes them (ItemSelector), groups them (ItemBatcher), runs each item or batch as a
// child execution of ProcessorConfig.ExecutionType on a pool of MaxConcurrency slots, counts failures
// against ToleratedFailureCount/Percentage, and hands back the children's outputs or a ResultWriter
// manifest. Parent history: MapStateEntered, MapStateStarted, MapRunStarted, then MapRunSucceeded /
// MapRunFailed / MapRunAborted, MapStateSucceeded, MapStateExited. The children's events and transitions
// stay out of the parent: each child is an execution of its own, billed by its own type.
//
// Scale: items are parsed when their child starts, child results are folded into counters (only the
// output array or the ResultWriter texts are kept, and only when needed), and only the first N children
// keep their histories (StartOptions.mapRunChildHistories).

import type { ChildExecutionsBilling, JsonValue, MapRunSummary, RedriveLane, StartOptions } from '../../types';
import type { LaneTracker } from '../../runtime/frame';
import { StatesError } from '../../errors';
import type { StateGenerator } from '../../runtime/state-handler';
import type { Visit } from '../../runtime/visit';
import { dataFlowFor } from '../../runtime/dataflow';
import { RunFailure, RunHalt } from '../../runtime/outcome';
import { BranchAbort, sleep } from '../../runtime/sleep';
import { definitionText } from '../../json-text';
import { processorOf } from '../map-items';
import { readDistributedConfig } from './config';
import { openItemReader } from './item-reader';
import { arraySource, ItemSourceError, type ItemSource } from './text-formats';
import { batched, unbatched, type ChildInputs } from './item-batcher';
import { runChild, type ChildPlan } from './child-execution';
import { SlotPool } from './pool';
import { childRecord, pendingRecord, recordsOf, ResultFiles, writeResultFiles } from './result-writer';
import { recordMapRun } from './registry';
import { emptyCounts, keptChild, MapRunState, Threshold } from './map-run-state';
import { STATES_ERRORS } from '../../asl/errors';

export const DEFAULT_CHILD_HISTORIES = 100;
export const EXCEEDED_CAUSE = 'The specified tolerated failure threshold was exceeded';
/** Progress is reported, and the abort signal checked, at least this often (in items). */
const PROGRESS_EVERY_ITEMS = 4096;

/** Region, account and name of the parent state machine, from its ARN in the context object. */
function machineParts(visit: Visit<'Map'>): { region: string; account: string; name: string } {
  const id = String(visit.exec.contextBase.StateMachine.Id ?? '');
  const parts = id.split(':');
  return {
    region: parts[3] || visit.exec.options.region || 'us-east-1',
    account: parts[4] || visit.exec.options.accountId || '123456789012',
    name: parts.slice(6).join(':') || String(visit.exec.contextBase.StateMachine.Name ?? 'StateMachine'),
  };
}

function countMapParallel(def: unknown): number {
  const states = (def as { States?: Record<string, { Type?: unknown }> } | undefined)?.States;
  if (!states || typeof states !== 'object') return 0;
  let n = 0;
  for (const s of Object.values(states)) if (s && (s.Type === 'Map' || s.Type === 'Parallel')) n++;
  return n;
}

function childBase(visit: Visit<'Map'>): StartOptions {
  const o = visit.exec.options;
  const base: StartOptions = {};
  if (o.tasks !== undefined) base.tasks = o.tasks;
  if (o.signal !== undefined) base.signal = o.signal;
  // Children share the parent's real-time deadline (runChild hands it over) and report their states too.
  if (o.wallClockBudgetMs !== undefined) base.wallClockBudgetMs = o.wallClockBudgetMs;
  if (o.wallClock !== undefined) base.wallClock = o.wallClock;
  if (o.onStateEntered !== undefined) base.onStateEntered = o.onStateEntered;
  if (o.maxTransitions !== undefined) base.maxTransitions = o.maxTransitions;
  if (o.payloadLimitBytes !== undefined) base.payloadLimitBytes = o.payloadLimitBytes;
  if (o.region !== undefined) base.region = o.region;
  if (o.accountId !== undefined) base.accountId = o.accountId;
  return base;
}

/** Can the Map's result be dropped as it is produced? (JSONPath `ResultPath: null` with nothing reading it.) */
function resultDiscarded(visit: Visit<'Map'>): boolean {
  const def = visit.state.def;
  return visit.state.queryLanguage !== 'JSONata' && def.ResultPath === null && def.ResultSelector === undefined && def.Assign === undefined;
}

export function* runDistributedMap(visit: Visit<'Map'>, input: JsonValue): StateGenerator {
  const exec = visit.exec;
  const def = visit.state.def;
  const history = exec.history;
  const thread = visit.frame.thread;
  const flow = dataFlowFor(visit);
  const effective = flow.inputPath(visit, input);
  const cfg = readDistributedConfig(visit, effective);
  const maxConcurrency = flow.maxConcurrency(visit, effective);
  const inputItems = cfg.reader === undefined ? flow.items(visit, effective) : undefined;
  const processor = processorOf(visit);
  history.emit(thread, 'MapStateStarted', 'mapStateStartedEventDetails', history.record ? { length: inputItems?.length ?? 0 } : undefined);
  visit.failedEventType = 'MapStateFailed';

  const machine = machineParts(visit);
  const label = cfg.label ?? visit.state.name;
  // A redriven parent redrives its Map Run under the same ARN (developer guide "Redriving Map Runs").
  const previousRun = visit.redrive?.mapRun;
  const newId = exec.random.uuid();
  const runId = previousRun === undefined ? newId : previousRun.arn.slice(previousRun.arn.lastIndexOf(':') + 1);
  const mapRunArn = previousRun?.arn ?? `arn:aws:states:${machine.region}:${machine.account}:mapRun:${machine.name}/${label}:${runId}`;
  const childMachineArn = `arn:aws:states:${machine.region}:${machine.account}:stateMachine:${machine.name}/${label}`;
  const redriven = redriveLanes(visit, previousRun);
  visit.redrive = undefined;
  if (previousRun === undefined) {
    history.emit(thread, 'MapRunStarted', 'mapRunStartedEventDetails', history.record ? { mapRunArn } : undefined);
  } else {
    history.emit(thread, 'MapRunRedriven', 'mapRunRedrivenEventDetails', history.record ? { mapRunArn, redriveCount: previousRun.redriveCount + 1 } : undefined);
  }
  // Redrive bookkeeping for a Standard parent: what each child that succeeded added to the results.
  const tracker: LaneTracker | undefined =
    exec.type === 'STANDARD' ? { results: [], frames: [], mapRun: { arn: mapRunArn, redriveCount: previousRun === undefined ? 0 : previousRun.redriveCount + 1 } } : undefined;
  if (tracker !== undefined) visit.frame.lanes = tracker;

  const keepLimit = exec.options.mapRunChildHistories ?? DEFAULT_CHILD_HISTORIES;
  const summary: MapRunSummary = {
    mapRunArn,
    executionArn: String(exec.contextBase.Execution.Id ?? ''),
    stateName: visit.state.name,
    ...(cfg.label !== undefined ? { label: cfg.label } : {}),
    status: 'RUNNING',
    executionType: cfg.executionType,
    startDate: new Date(exec.clock.now).toISOString(),
    maxConcurrency,
    toleratedFailurePercentage: cfg.toleratedPercentage ?? 0,
    toleratedFailureCount: cfg.toleratedCount ?? 0,
    itemCounts: emptyCounts(),
    executionCounts: emptyCounts(),
    children: [],
    childHistoriesKept: 0,
    childHistoriesLimit: keepLimit,
  };
  const billing: ChildExecutionsBilling = {
    mapStateName: label,
    type: cfg.executionType,
    count: 0,
    items: 0,
    totalTransitions: 0,
    transitionsByState: {},
    totalDurationMs: 0,
    ...(cfg.executionType === 'EXPRESS' ? { totalBilledDurationMs: 0 } : {}),
    definitionBytes: definitionText(def.ItemProcessor).length,
    maxInputBytes: 0,
    mapParallelStepsPerChild: countMapParallel(def.ItemProcessor),
  };
  recordMapRun(exec, summary, billing);
  const run = new MapRunState(summary, billing);

  try {
    if (previousRun !== undefined && previousRun.redriveCount + 1 > MAX_MAP_RUN_REDRIVES) {
      throw new StatesError(STATES_ERRORS.Runtime, `The Map Run ${mapRunArn} has been redriven ${MAX_MAP_RUN_REDRIVES} times, the most AWS allows.`);
    }
    const source: ItemSource = cfg.reader === undefined ? arraySource(inputItems!) : yield* openItemReader(visit, cfg.reader);
    summary.itemCounts.total = source.total;
    const select = itemSelector(visit, effective, source);
    const inputs: ChildInputs = cfg.batcher ? batched(source.total, select, cfg.batcher) : unbatched(source.total, select);

    const discard = resultDiscarded(visit);
    const bucket = cfg.writer?.bucket;
    const transformation = cfg.writer?.transformation ?? 'COMPACT';
    const results: JsonValue[] | undefined = bucket === undefined && !discard ? [] : undefined;
    const files = bucket !== undefined ? new ResultFiles(cfg.writer!.outputType) : undefined;
    const plan: ChildPlan = {
      processor,
      type: cfg.executionType,
      arnPrefix: `arn:aws:states:${machine.region}:${machine.account}:${cfg.executionType === 'EXPRESS' ? 'express' : 'execution'}:${machine.name}/${label}:`,
      stateMachine: { Id: childMachineArn, Name: `${machine.name}/${label}` },
      roleArn: String(exec.contextBase.Execution.RoleArn ?? ''),
      base: childBase(visit),
      seed: exec.random.int(0x7fffffff),
      owner: exec,
    };
    const keep = history.record ? keepLimit : 0;
    const threshold = new Threshold(cfg.toleratedCount, cfg.toleratedPercentage);
    const pool = new SlotPool(maxConcurrency, exec.clock.now);
    const signal = exec.options.signal;
    const onProgress = exec.options.onProgress;
    let nextReport = PROGRESS_EVERY_ITEMS;
    let index = 0;
    let exceeded = false;
    const namePrefix = runId.slice(0, 24);

    for (;;) {
      if (signal?.aborted) throw new RunHalt('ABORTED', undefined, undefined);
      const next = inputs.next();
      if (next === undefined) break;
      const name = namePrefix + index.toString(16).padStart(12, '0');
      const kept = redriven?.[index];
      if (kept?.status === 'SUCCEEDED') {
        // Succeeded in an earlier attempt: not run again; its contribution to the results is kept.
        run.keep(next.itemCount);
        if (results !== undefined) for (const v of kept.output as JsonValue[]) results.push(v);
        if (tracker !== undefined) tracker.results[index] = kept.output;
        index++;
        continue;
      }
      const childStart = pool.nextStart();
      // A child whose slot frees up only after the parent's deadline never starts: the parent times out first.
      if (childStart > exec.deadlineMs) yield* sleep(childStart - exec.clock.now);
      const child = yield* runChild(plan, name, next.input, childStart, index, index < keep, next.bytes);
      pool.occupy(child.endMs);
      run.count(child, next.itemCount);
      if (results !== undefined) {
        if (child.status === 'SUCCEEDED') {
          const out = child.output ?? null;
          const before = results.length;
          if (transformation === 'FLATTEN' && Array.isArray(out)) for (const v of out) results.push(v);
          else if (transformation === 'NONE') results.push(childRecord(child, next.input, plan.type, childMachineArn));
          else results.push(out);
          if (tracker !== undefined) tracker.results[index] = results.slice(before);
        } else {
          results.push(childRecord(child, next.input, plan.type, childMachineArn));
        }
      }
      if (files !== undefined) {
        for (const record of recordsOf(child, next.input, transformation, plan.type, childMachineArn)) files.add(child.status === 'SUCCEEDED' ? 'SUCCEEDED' : 'FAILED', record);
      }
      if (tracker !== undefined && results === undefined && child.status === 'SUCCEEDED') tracker.results[index] = [];
      if (index < keep) summary.children.push(keptChild(child, index, next.input));
      index++;
      if (child.status !== 'SUCCEEDED' && threshold.exceeded(run.failedItems, source.total)) {
        exceeded = true;
        break;
      }
      if (onProgress !== undefined && run.itemsDone >= nextReport) {
        nextReport = run.itemsDone + PROGRESS_EVERY_ITEMS;
        onProgress({
          stateTransitions: exec.transitions,
          virtualTimeMs: pool.end - exec.startMs,
          mapRun: { stateName: visit.state.name, itemsProcessed: run.itemsDone, totalItems: source.total },
        });
      }
    }
    if (exceeded) {
      // Children not started stay PENDING (and go to PENDING_n files when results are exported).
      for (let pending = inputs.next(); pending !== undefined; pending = inputs.next()) {
        run.pending(pending.itemCount);
        if (files !== undefined) files.add('PENDING', pendingRecord(pending.input));
      }
    }
    summary.childHistoriesKept = summary.children.length;
    // The Map Run lasts until its last child ends (the makespan of the pool).
    yield* sleep(pool.end - exec.clock.now);

    let result: JsonValue | null = results ?? null;
    if (files !== undefined) {
      summary.itemCounts.resultsWritten = files.written;
      summary.executionCounts.resultsWritten = files.written;
      const key = yield* writeResultFiles(visit, cfg.writer!, runId, mapRunArn, files);
      result = { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: bucket!, Key: key } };
    }
    if (exceeded) throw new StatesError(STATES_ERRORS.ExceedToleratedFailureThreshold, EXCEEDED_CAUSE);
    run.finish('SUCCEEDED', exec.clock.now);
    history.emit(thread, 'MapRunSucceeded', undefined, undefined);
    history.emit(thread, 'MapStateSucceeded', undefined, undefined, false);
    return { output: flow.output(visit, input, result, true), next: visit.state.next };
  } catch (e) {
    summary.childHistoriesKept = summary.children.length;
    if (e instanceof RunHalt || e instanceof BranchAbort) {
      run.abortRemaining();
      run.finish('ABORTED', exec.clock.now);
      history.emit(thread, 'MapRunAborted', undefined, undefined);
      throw e;
    }
    const { error, cause } = errorOf(e);
    run.finish('FAILED', exec.clock.now, error, cause);
    const details: Record<string, string> = {};
    if (error !== undefined) details.error = error;
    if (cause !== undefined) details.cause = cause;
    history.emit(thread, 'MapRunFailed', 'mapRunFailedEventDetails', history.record ? details : undefined);
    throw e;
  }
}

/** Map Run redrives are capped (developer guide "Redriving Map Runs": a hard limit of 1,000). */
const MAX_MAP_RUN_REDRIVES = 1000;

/** The children of the earlier attempt, by index, when this Map Run is being redriven. */
function redriveLanes(visit: Visit<'Map'>, previousRun: { arn: string } | undefined): (RedriveLane | null)[] | undefined {
  return previousRun === undefined ? undefined : visit.redrive?.lanes;
}

function errorOf(e: unknown): { error: string | undefined; cause: string | undefined } {
  if (e instanceof StatesError) return { error: e.error, cause: e.causeText };
  if (e instanceof RunFailure) return { error: e.error, cause: e.cause };
  return { error: STATES_ERRORS.Runtime, cause: e instanceof Error ? e.message : String(e) };
}

/** Item i of the source, shaped by ItemSelector (with $$.Map.Item) when there is one. */
function itemSelector(visit: Visit<'Map'>, effective: JsonValue, source: ItemSource): (index: number) => JsonValue {
  const read = (i: number): JsonValue => {
    try {
      return source.item(i);
    } catch (e) {
      if (e instanceof ItemSourceError) throw new StatesError(STATES_ERRORS.ItemReaderFailed, `ItemReader failed: ${e.message}`);
      throw e;
    }
  };
  const select = dataFlowFor(visit).itemSelector(visit, effective);
  if (select === undefined) return read;
  return (i) => select(i, read(i));
}
