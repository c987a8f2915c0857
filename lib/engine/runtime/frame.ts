// Where a state runs: which history chain its events join, its place in the run (for traces), the Map item
// it belongs to and the variables it sees.

import type { JsonValue } from '../types';
import type { Thread } from './history';
import type { VariableScope } from './scope';

export interface Frame {
  thread: Thread;
  /** Prefix of StateTrace.path: [] at top level, ['Map1', 3] inside iteration 3 of Map1. */
  path: (string | number)[];
  mapItem?: { index: number; value: JsonValue };
  scope: VariableScope;
  /** The state this run is in and its input: where a redrive resumes it (runtime/redrive-point.ts). */
  at?: string;
  atInput?: JsonValue;
  /** Set by a Map or Parallel state while its iterations or branches run (runtime/redrive-point.ts). */
  lanes?: LaneTracker;
}

/** Outputs of finished lanes (undefined until a lane finishes) and the frames of lanes that started. */
export interface LaneTracker {
  results: JsonValue[];
  frames: (Frame | undefined)[];
  /** A Distributed Map's Map Run (its children are executions of their own: no frames). */
  mapRun?: { arn: string; redriveCount: number };
}
