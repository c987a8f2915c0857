// One call to run a definition against the simulated services and get back both the execution result
// and the world as the run left it (graders and lessons read both).

import { startExecution } from '../start';
import type { ExecutionResult, JsonValue, StartOptions, StateMachineDefinition } from '../types';
import { createServiceHandlers, type ServiceOptions } from './handlers';
import type { UncoveredInvocation } from './mock-config';
import type { World } from './world';

export interface SimulatedRun {
  result: ExecutionResult;
  world: World;
  uncoveredInvocations: UncoveredInvocation[];
}

export async function runWithServices(
  definition: StateMachineDefinition,
  input: JsonValue,
  services: ServiceOptions = {},
  options: Omit<StartOptions, 'tasks'> = {},
): Promise<SimulatedRun> {
  const { handlers, world, uncoveredInvocations } = createServiceHandlers(services);
  const start: StartOptions = { ...options, tasks: handlers };
  if (start.stateMachineName === undefined && services.stateMachineName !== undefined) start.stateMachineName = services.stateMachineName;
  const result = await startExecution(definition, input, start);
  return { result, world, uncoveredInvocations };
}
