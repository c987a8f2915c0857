// What a run is doing or did, as the sandbox's panes read it. Its own module, so the panes import these
// types without importing the sandbox (no import circle).
import type { ExecutionType } from '../../../lib/engine/types';
import type { ProgressMessage, RunResponse } from '../worker/protocol';

export interface RunSettingsState {
  type: ExecutionType;
  seed: number;
  faults: string;
  testCase: string;
  record: boolean;
}

/** What a run ran, to tell later whether its results still belong to what is on screen. */
export interface RunBasis {
  /** The definition as canonical JSON: formatting or converting to YAML does not make results stale. */
  definitionKey: string;
  input: string;
  settings: RunSettingsState;
}

export type MapRunProgress = NonNullable<ProgressMessage['mapRun']>;

export type RunState =
  | { status: 'idle' }
  | {
      status: 'running';
      runId: number;
      basis: RunBasis;
      /** The worker has loaded the engine and begun (its 'started' message): the budget counts from here. */
      engineStarted: boolean;
      transitions: number;
      virtualTimeMs: number;
      mapRun?: MapRunProgress;
    }
  | { status: 'cancelled' }
  | { status: 'error'; message: string }
  | { status: 'done'; response: RunResponse; basis: RunBasis };

/** Why results on screen no longer match the definition, input or settings (null when they do). */
export type Staleness = 'definition' | 'input' | 'settings' | null;
