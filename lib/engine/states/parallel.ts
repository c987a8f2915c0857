// Parallel: runs every branch on the same input and collects their outputs in branch order. Branches run
// side by side on the virtual clock (runtime/lanes.ts), each on its own history chain from
// ParallelStateStarted. When a branch fails, the others are stopped at that moment (their current state
// records <Type>StateAborted) and the state fails with that branch's error; then Retry/Catch apply.

import type { JsonValue } from '../types';
import type { StateGenerator, StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';
import { compileMachine, type CompiledMachine } from '../runtime/compile';
import { runMachine } from '../runtime/run-machine';
import { runLanes } from '../runtime/lanes';
import type { Visit } from '../runtime/visit';
import { newFrame, type Frame } from '../runtime/frame';
import { lanePoint, lanesToRun, restoredScope } from '../runtime/redrive-point';

function branchesOf(visit: Visit<'Parallel'>): CompiledMachine[] {
  const cached = visit.state.cache.branches as CompiledMachine[] | undefined;
  if (cached) return cached;
  const defs = visit.state.def.Branches ?? [];
  const compiled = defs.map((b) => compileMachine(b, visit.state.handlers, visit.state.queryLanguage));
  visit.state.cache.branches = compiled;
  return compiled;
}

function* run(visit: Visit<'Parallel'>, input: JsonValue): StateGenerator {
  const exec = visit.exec;
  const flow = dataFlowFor(visit);
  const frame = visit.frame;
  const thread = frame.thread;
  const effective = flow.effectiveInput(visit, input, true);
  const branches = branchesOf(visit);
  exec.history.emit(thread, 'ParallelStateStarted');
  // A final failure from here on is reported as ParallelStateFailed (a retry repeats ParallelStateStarted).
  visit.failedEventType = 'ParallelStateFailed';
  const started = thread.prev;
  let lastEvent = started;
  const results: JsonValue[] = new Array(branches.length);
  const frames: (Frame | undefined)[] = new Array(branches.length);
  frame.lanes = { results, frames };
  // A redrive runs again only the branches that did not succeed (API reference "RedriveExecution").
  const redrive = visit.redrive?.lanes;
  // Used once: a Retry of this state in the redriven attempt runs every branch again.
  visit.redrive = undefined;
  const order = lanesToRun(redrive, branches.length, results);
  const at = (k: number) => (order === undefined ? k : order[k]!);
  yield* runLanes(exec, {
    count: order === undefined ? branches.length : order.length,
    limit: branches.length,
    newSlot: () => ({ prev: started }),
    start: (k, slot) => {
      const i = at(k);
      const point = lanePoint(redrive, i);
      const branchFrame = newFrame(slot, [...frame.path, visit.state.name, i], restoredScope(frame.scope.child(), point), frame.mapItem);
      frames[i] = branchFrame;
      return runMachine(exec, branches[i]!, effective, branchFrame, undefined, point);
    },
    done: (k, output, slot) => {
      results[at(k)] = output;
      if (slot.prev > lastEvent) lastEvent = slot.prev;
    },
    // ParallelStateFailed follows the failing branch's last event.
    failed: (_i, slot) => {
      thread.prev = slot.prev;
    },
  });
  thread.prev = lastEvent;
  exec.history.emit(thread, 'ParallelStateSucceeded', undefined, undefined, false);
  return { output: flow.output(visit, input, results, true), next: visit.state.next };
}

export const parallelState: StateHandler<'Parallel'> = { kind: 'generator', run };
