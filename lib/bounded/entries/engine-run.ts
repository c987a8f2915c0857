// Worker entry 'engine-run': one execution of a definition, with the simulated services when asked, inside
// a bounded worker. The engine's own wall-clock budget ends the run between steps with a history; the
// worker's termination (runBounded) is the backstop for a single evaluation that never returns.

import { serveBounded } from '../serve';
import { startExecution, type StartOptions } from '../../engine';
import { runWithServices } from '../../engine/services';
import type { EngineRunResponse, EngineRunWire } from '../engine-types';
import type { ExecutionResult, JsonValue } from '../../engine';

serveBounded<EngineRunWire, EngineRunResponse>(async (request, report) => {
  const options: StartOptions = { ...request.options, onStateEntered: report };
  const input = JSON.parse(request.inputText) as JsonValue;
  if (request.services === undefined) {
    return { result: withoutCheckpoint(await startExecution(request.definition, input, options)) };
  }
  const { result, world, uncoveredInvocations } = await runWithServices(request.definition, input, request.services, options);
  return { result: withoutCheckpoint(result), world, uncoveredInvocations };
});

/**
 * The redrive checkpoint holds the run's input and state inputs as values; one nested thousands of levels
 * deep cannot cross back by structured clone (it recurses), and no caller of a bounded run redrives
 * (the sandbox redrives inside its own worker).
 */
function withoutCheckpoint(result: ExecutionResult): ExecutionResult {
  if (result.redrive === undefined) return result;
  const { redrive: _checkpoint, ...rest } = result;
  return rest;
}
