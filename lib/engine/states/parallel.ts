// Parallel: runs every branch on the same input and collects their outputs in branch order. Branches run
// one after another in real time but all start at the same virtual time; the state ends when the slowest
// branch does. A failing branch fails the state with that branch's error (then Retry/Catch apply).

import type { JsonValue, StateMachineDefinition } from '../types';
import type { StateGenerator, StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';
import { compileMachine, type CompiledMachine } from '../runtime/compile';
import { runMachine } from '../runtime/run-machine';
import { RunHalt } from '../runtime/outcome';
import type { Thread } from '../runtime/history';
import type { Visit } from '../runtime/visit';
import { stateHandlers } from './registry';

function branchesOf(visit: Visit): CompiledMachine[] {
  const cached = visit.state.cache.branches as CompiledMachine[] | undefined;
  if (cached) return cached;
  const defs = (visit.state.def.Branches as StateMachineDefinition[] | undefined) ?? [];
  const compiled = defs.map((b) => compileMachine(b, stateHandlers, visit.state.queryLanguage));
  visit.state.cache.branches = compiled;
  return compiled;
}

function* run(visit: Visit, input: JsonValue): StateGenerator {
  const exec = visit.exec;
  const flow = dataFlowFor(visit);
  const frame = visit.frame;
  const thread = frame.thread;
  const effective = flow.effectiveInput(visit, input, true);
  const branches = branchesOf(visit);
  exec.history.emit(thread, 'ParallelStateStarted');
  // A final failure from here on is reported as ParallelStateFailed (a retry repeats ParallelStateStarted).
  visit.failedEventType = 'ParallelStateFailed';
  const startMs = exec.clock.now;
  let endMs = startMs;
  let lastEvent = thread.prev;
  const results: JsonValue[] = new Array(branches.length);
  for (let i = 0; i < branches.length; i++) {
    exec.clock.now = startMs;
    const branchThread: Thread = { prev: thread.prev };
    try {
      results[i] = yield* runMachine(exec, branches[i]!, effective, {
        thread: branchThread,
        path: [...frame.path, visit.state.name, i],
        scope: frame.scope.child(),
        ...(frame.mapItem ? { mapItem: frame.mapItem } : {}),
      });
    } catch (e) {
      if (e instanceof RunHalt) throw e;
      thread.prev = Math.max(lastEvent, branchThread.prev);
      exec.clock.now = Math.max(endMs, exec.clock.now);
      throw e;
    }
    if (exec.clock.now > endMs) endMs = exec.clock.now;
    if (branchThread.prev > lastEvent) lastEvent = branchThread.prev;
  }
  exec.clock.now = endMs;
  thread.prev = lastEvent;
  exec.history.emit(thread, 'ParallelStateSucceeded', undefined, undefined, false);
  return { output: flow.output(visit, input, results, true), next: visit.state.next };
}

export const parallelState: StateHandler = { kind: 'generator', run };
