// Redrive (API reference "RedriveExecution"): a failed, timed-out or aborted Standard execution resumes from
// the state that did not succeed, and a Map or Parallel re-runs only its iterations and branches that did
// not succeed. Each run (frame) notes the state it is in; a Map or Parallel notes its lanes. When the
// execution stops, pointOf turns those notes into a RedrivePoint tree, and a redrive hands the tree back to
// runMachine (resume) and to the Map/Parallel handlers (Visit.redrive).

import type { JsonValue, RedriveLane, RedrivePoint } from '../types';
import type { Frame, LaneTracker } from './frame';
import { VariableScope } from './scope';
import { setOwn } from '../own';

export function pointOf(frame: Frame): RedrivePoint | null {
  if (frame.at === undefined) return null;
  const point: RedrivePoint = { state: frame.at, input: frame.atInput ?? null };
  const values = frame.scope.values;
  const keys = Object.keys(values);
  if (keys.length > 0) {
    const variables: Record<string, JsonValue> = {};
    for (const key of keys) setOwn(variables, key, values[key]!);
    point.variables = variables;
  }
  if (frame.lanes !== undefined) {
    point.lanes = lanesOf(frame.lanes);
    if (frame.lanes.mapRun !== undefined) point.mapRun = { ...frame.lanes.mapRun };
  }
  return point;
}

function lanesOf(tracker: LaneTracker): (RedriveLane | null)[] {
  const lanes: (RedriveLane | null)[] = new Array(tracker.results.length);
  for (let i = 0; i < lanes.length; i++) {
    const output = tracker.results[i];
    const frame = tracker.frames[i];
    lanes[i] = output !== undefined ? { status: 'SUCCEEDED', output } : frame !== undefined ? { status: 'FAILED', point: pointOf(frame) } : null;
  }
  return lanes;
}

/** A scope holding the variables a stopped run had (its parent's are inherited as before). */
export function restoredScope(scope: VariableScope, point: RedrivePoint | null | undefined): VariableScope {
  if (point?.variables !== undefined) for (const key of Object.keys(point.variables)) setOwn(scope.values, key, point.variables[key]!);
  return scope;
}

/**
 * Which lanes a redriven Map or Parallel runs again: every lane when there is nothing to resume (or the lane
 * count changed), else those that did not succeed; succeeded lanes' outputs go straight into `results`.
 */
export function lanesToRun(redrive: (RedriveLane | null)[] | undefined, count: number, results: JsonValue[]): number[] | undefined {
  if (redrive === undefined || redrive.length !== count) return undefined;
  const order: number[] = [];
  for (let i = 0; i < count; i++) {
    const lane = redrive[i];
    if (lane?.status === 'SUCCEEDED') results[i] = lane.output;
    else order.push(i);
  }
  return order;
}

/** Where lane `index` resumes: its stopped state, or undefined to run it from its start. */
export function lanePoint(redrive: (RedriveLane | null)[] | undefined, index: number): RedrivePoint | undefined {
  const lane = redrive?.[index];
  return lane?.status === 'FAILED' && lane.point !== null ? lane.point : undefined;
}
