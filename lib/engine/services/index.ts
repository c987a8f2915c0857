// The simulated AWS: task handlers for startExecution over a world of services (handlers.ts), fault rules,
// mock configs, and one call that runs a definition against them (run.ts). A consumer of the engine, which
// never imports it.

export { createServiceHandlers, handlersForTestCase, type ServiceOptions, type ServiceHandlers } from './handlers';
export { createWorld, cloneWorld, putObject } from './world';
export type { World, WorldInit } from './world';
export { parseFaults, fault, type FaultRule } from './faults';
export { parseMockConfig, testCaseNames, resolveStateMachineName, type MockConfig, type UncoveredInvocation } from './mock-config';
export { checkResourceArn, describeResource } from './catalog';
export { supportedResourceList } from '../resources';
export { runWithServices, type SimulatedRun } from './run';
