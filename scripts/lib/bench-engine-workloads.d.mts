// Types for scripts/lib/bench-engine-workloads.mjs (imported by scripts/bench-engine.ts).
import type { HistoryEvent, StateMachineDefinition } from '../../lib/engine/types';
import type * as Start from '../../lib/engine/start';
import type * as Compile from '../../lib/engine/compile-state-machine';

export type BundledEngine = Pick<typeof Start, 'startExecution'> & Pick<typeof Compile, 'compileStateMachine'>;
export declare function bundleEngine(treeDir: string, outfile: string): Promise<BundledEngine>;
export declare function passChain(n: number): StateMachineDefinition;
export declare const mapOfThree: StateMachineDefinition;
export declare function loadavg(): string;
export declare function readEveryEvent(events: HistoryEvent[], expected: number): void;
