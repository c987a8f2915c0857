// Inline Map: runs its ItemProcessor (or legacy Iterator) once per item of ItemsPath, each item shaped by
// ItemSelector (or legacy Parameters) with $$.Map.Item. Up to MaxConcurrency iterations (0 = all) run side
// by side on the virtual clock. The first failing iteration fails the state with its error.

import type { JsonValue } from '../types';
import { StatesError } from '../errors';
import type { StateGenerator, StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';
import type { CompiledMachine } from '../runtime/compile';
import { runMachine } from '../runtime/run-machine';
import { runLanes } from '../runtime/lanes';
import type { Yielded } from '../runtime/sleep';
import type { Visit } from '../runtime/visit';
import { newFrame, type Frame } from '../runtime/frame';
import { lanePoint, lanesToRun, restoredScope } from '../runtime/redrive-point';
import { exceedsPayloadLimit, rememberText } from '../json-text';
import { isDistributedMap, runDistributedMap } from './distributed-map';
import { processorOf } from './map-items';
import { STATES_ERRORS } from '../asl/errors';

/**
 * Runs the iterations side by side on the virtual clock, up to MaxConcurrency at once (runtime/lanes.ts),
 * and returns their outputs in item order. History follows AWS: MapIterationStarted / Succeeded / Failed
 * around each iteration's events; with MaxConcurrency 1 one chain runs through every iteration. When an
 * iteration fails, the others in flight are stopped (MapIterationAborted, then their state's
 * <Type>StateAborted), then MapIterationFailed, all linked to the failing iteration's last event.
 */
function* runIterations(
  visit: Visit<'Map'>,
  processor: CompiledMachine,
  inputs: JsonValue[],
  items: JsonValue[],
  maxConcurrency: number,
): Generator<Yielded, JsonValue[], unknown> {
  const exec = visit.exec;
  const history = exec.history;
  const frame = visit.frame;
  const thread = frame.thread;
  const name = visit.state.name;
  const n = inputs.length;
  const results: JsonValue[] = new Array(n);
  // Items handed to the iterations as they are: their texts cut out of one text of the array (History.itemTexts).
  const itemTexts = inputs === items ? history.itemTexts(items) : undefined;
  // The text each iteration's output was recorded with, while every one so far has one (see the end).
  let texts: string[] | undefined = history.record ? new Array<string>(n) : undefined;
  const frames: (Frame | undefined)[] = new Array(n);
  frame.lanes = { results, frames };
  // A redrive runs again only the iterations that did not succeed (API reference "RedriveExecution").
  const redrive = visit.redrive?.lanes;
  // Used once: a Retry of this state in the redriven attempt runs every iteration again.
  visit.redrive = undefined;
  const order = lanesToRun(redrive, n, results);
  const at = (k: number) => (order === undefined ? k : order[k]!);
  const started = thread.prev;
  let lastIterationEvent = started;
  const pathPrefix = [...frame.path, name];
  const count = order === undefined ? n : order.length;
  yield* runLanes(exec, {
    count,
    limit: maxConcurrency > 0 ? Math.min(maxConcurrency, count) : count,
    newSlot: () => ({ prev: started }),
    start: (k, slot) => {
      const i = at(k);
      history.mapIteration(slot, 'MapIterationStarted', i, name, true);
      const point = redrive === undefined ? undefined : lanePoint(redrive, i);
      const iteration = newFrame(
        slot,
        // Paths only matter to traces; skip the per-item array otherwise.
        exec.traces ? [...pathPrefix, i] : pathPrefix,
        point === undefined ? frame.scope.child() : restoredScope(frame.scope.child(), point),
        { index: i, value: items[i]! },
      );
      frames[i] = iteration;
      // The lane's generator starts right away: its first event is the first state's, with this text.
      if (itemTexts !== undefined) history.knowText(inputs[i]!, itemTexts[i]!);
      return runMachine(exec, processor, inputs[i]!, iteration, undefined, point);
    },
    done: (k, output, slot) => {
      const i = at(k);
      results[i] = output;
      if (texts !== undefined) {
        const text = history.recordedText(output);
        if (text === undefined) texts = undefined;
        else texts[i] = text;
      }
      frames[i] = undefined;
      lastIterationEvent = history.mapIteration(slot, 'MapIterationSucceeded', i, name, false);
    },
    aborting: (k, anchor) => {
      history.mapIteration({ prev: anchor }, 'MapIterationAborted', at(k), name, false);
    },
    failed: (k, slot) => {
      history.mapIteration(slot, 'MapIterationFailed', at(k), name, false);
      thread.prev = slot.prev;
    },
  });
  thread.prev = lastIterationEvent;
  // Every iteration ran (no redrive skipped one) and ended on a recorded output: the results' text is theirs
  // joined, which the payload check and MapStateExited then read instead of serialising 100,000 items again.
  if (texts !== undefined && order === undefined) rememberText(results, `[${texts.join(',')}]`);
  return results;
}

function* run(visit: Visit<'Map'>, input: JsonValue): StateGenerator {
  // ProcessorConfig.Mode DISTRIBUTED: child executions, ItemReader, ItemBatcher, ResultWriter (distributed-map/).
  if (isDistributedMap(visit.state.def)) return yield* runDistributedMap(visit, input);
  const exec = visit.exec;
  const flow = dataFlowFor(visit);
  const def = visit.state.def;
  const effective = flow.inputPath(visit, input);
  const items = flow.items(visit, effective);
  const maxConcurrency = flow.maxConcurrency(visit, effective);
  const processor = processorOf(visit);
  exec.history.emit(visit.frame.thread, 'MapStateStarted', 'mapStateStartedEventDetails', exec.history.record ? { length: items.length } : undefined);
  visit.failedEventType = undefined;
  let inputs = items;
  const select = flow.itemSelector(visit, effective);
  if (select !== undefined) {
    inputs = new Array(items.length);
    for (let i = 0; i < items.length; i++) inputs[i] = checkedItemInput(visit, i, select(i, items[i]!));
  } else if (def.Items !== undefined) {
    // Items taken from the (size-checked) input are no bigger than it; items a JSONata expression built may be.
    for (let i = 0; i < items.length; i++) checkedItemInput(visit, i, items[i]!);
  }
  // From here on a final failure is reported as MapStateFailed (a retry repeats MapStateStarted instead).
  visit.failedEventType = 'MapStateFailed';
  const results = yield* runIterations(visit, processor, inputs, items, maxConcurrency);
  exec.history.emit(visit.frame.thread, 'MapStateSucceeded', undefined, undefined, false);
  return { output: flow.output(visit, input, results, true), next: visit.state.next };
}

/**
 * Each iteration's input is held to the payload quota like any state input (issue 14: `"all.$": "$..*"`
 * over a 190 KB input built items of more than 256 KiB each, and gigabytes over 1,000 items). Checked as each
 * input is built, so the first one too big stops the Map before the next is made.
 */
function checkedItemInput(visit: Visit, index: number, input: JsonValue): JsonValue {
  if (exceedsPayloadLimit(input, visit.exec.payloadLimit)) {
    throw new StatesError(
      STATES_ERRORS.DataLimitExceeded,
      `The input of iteration ${index} of the Map state '${visit.state.name}' has a size exceeding the maximum number of bytes service limit.`,
    );
  }
  return input;
}

export const mapState: StateHandler<'Map'> = { kind: 'generator', run };
