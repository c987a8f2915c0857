// Distributed Map support, dispatched from states/map.ts when ProcessorConfig.Mode is DISTRIBUTED.
export { isDistributedMap } from './config';
export { runDistributedMap, EXCEEDED_CAUSE, DEFAULT_CHILD_HISTORIES } from './map-run';
export { attachMapRuns } from './registry';
