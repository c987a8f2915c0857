// Where a state runs: which history chain its events join, its place in the run (for traces), the Map item
// it belongs to and the variables it sees.

import type { JsonValue } from '../types';
import type { Thread } from './history';
import type { VariableScope } from './scope';

export interface Frame {
  thread: Thread;
  /** Prefix of StateTrace.path: [] at top level, ['Map1', 3] inside iteration 3 of Map1. */
  path: (string | number)[];
  mapItem?: { index: number; value: JsonValue } | undefined;
  scope: VariableScope;
  /** The state this run is in and its input: where a redrive resumes it (runtime/redrive-point.ts). */
  at?: string | undefined;
  atInput?: JsonValue | undefined;
  /** Set by a Map or Parallel state while its iterations or branches run (runtime/redrive-point.ts). */
  lanes?: LaneTracker | undefined;
}

/**
 * A frame with every field, in one order: the run loop writes `at`, `atInput` and `lanes` on every transition,
 * and frames of one hidden class keep those writes monomorphic. (The top frame, a Map iteration's and a
 * Parallel branch's had three different ones: in a process that had run Maps and Parallels, a 100-state chain
 * took 22.9 / 26.2 ns a transition before and 21.0 / 23.7 after, best of 8 interleaved, both locks, 2026-12-03.)
 */
export function newFrame(thread: Thread, path: (string | number)[], scope: VariableScope, mapItem: Frame['mapItem']): Frame {
  return { thread, path, mapItem, scope, at: undefined, atInput: undefined, lanes: undefined };
}

/** Outputs of finished lanes (undefined until a lane finishes) and the frames of lanes that started. */
export interface LaneTracker {
  results: JsonValue[];
  frames: (Frame | undefined)[];
  /** A Distributed Map's Map Run (its children are executions of their own: no frames). */
  mapRun?: { arn: string; redriveCount: number };
}
