// Step Functions startExecution: runs another state machine of the same workspace (world.stepFunctions)
// on the virtual clock. Request-response returns {ExecutionArn, StartDate} at once (the child still runs
// and is recorded); `.sync` and `.sync:2` wait for it and return DescribeExecution, with Input/Output as
// JSON text (.sync) or as JSON values (.sync:2), as measured on AWS. A child that does not succeed fails
// the Task with States.TaskFailed and that description as the cause.

import type { ExecutionResult, JsonObject, JsonValue, StateMachineDefinition } from '../../types';
import { nextHexId } from '../ids';
import { serviceError, withMetadata, type Integration, type ServiceCall } from './common';
import { own } from '../../own';
import { STATES_ERRORS } from '../../asl/errors';

const MAX_DEPTH = 8;

/** The machine name of a state machine ARN (aliases and versions resolve to the machine itself). */
export function stateMachineNameOf(arn: string): string | undefined {
  const m = /^arn:[^:]+:states:[^:]*:[^:]*:stateMachine:([^:]+)(?::[^:]+)?$/.exec(arn);
  return m ? m[1] : undefined;
}

function childInput(value: JsonValue | undefined): JsonValue {
  if (value === undefined) return {};
  if (typeof value !== 'string') return value;
  // A string that holds JSON (States.JsonToString) reaches the child as that JSON; other text stays text.
  try {
    return JSON.parse(value) as JsonValue;
  } catch {
    return value;
  }
}

async function runChild(call: ServiceCall, definition: StateMachineDefinition, input: JsonValue, name: string, machine: string, type: 'STANDARD' | 'EXPRESS'): Promise<ExecutionResult> {
  const start = call.invocation.startExecution;
  if (start === undefined) {
    throw serviceError(call.world, 'StepFunctions', 'AWSStepFunctions', 'ServiceUnavailable', 'This run cannot start nested executions (the engine did not hand the Task a startExecution).');
  }
  return start(definition, input, {
    name,
    stateMachineName: machine,
    type,
    startTime: call.invocation.now,
    region: call.world.region,
    accountId: call.world.accountId,
    tasks: call.nestedHandlers(),
    context: { Execution: { Name: name } },
  });
}

export const statesStartExecution: Integration = async (call) => {
  const { world } = call;
  const arn = call.params.StateMachineArn;
  if (typeof arn !== 'string' || !arn) {
    throw serviceError(world, 'StepFunctions', 'AWSStepFunctions', 'InvalidArnException', 'StateMachineArn is required');
  }
  const machineName = stateMachineNameOf(arn);
  if (!machineName) throw serviceError(world, 'StepFunctions', 'AWSStepFunctions', 'InvalidArnException', `Invalid Arn: '${arn}'`);
  const machine = own(world.stepFunctions.stateMachines, machineName);
  if (!machine) {
    const known = Object.keys(world.stepFunctions.stateMachines);
    throw serviceError(world, 'StepFunctions', 'AWSStepFunctions', 'StateMachineDoesNotExistException', `State Machine Does Not Exist: '${arn}'${known.length ? ` (the workspace has: ${known.join(', ')})` : ' (the workspace has no other state machines)'}`);
  }
  if (call.depth >= MAX_DEPTH) {
    throw serviceError(world, 'StepFunctions', 'AWSStepFunctions', 'ExecutionLimitExceededException', `The simulator stops nested executions ${MAX_DEPTH} levels deep (a machine that starts itself?)`);
  }
  const definition = (typeof machine.definition === 'string' ? JSON.parse(machine.definition) : machine.definition) as StateMachineDefinition;
  const name = typeof call.params.Name === 'string' && call.params.Name ? call.params.Name : nextHexId(world, 'child-execution', 32);
  const input = childInput(call.params.Input);
  const type = machine.type ?? 'STANDARD';
  const result = await runChild(call, definition, input, name, machineName, type);
  const startDate = call.invocation.now;
  const stopDate = startDate + result.billing.durationMs;
  const executionArn = result.executionArn ?? `arn:aws:states:${world.region}:${world.accountId}:execution:${machineName}:${name}`;
  const record: (typeof world.stepFunctions.executions)[number] = { executionArn, stateMachineName: machineName, name, status: result.status, input, startDate, stopDate };
  if (result.output !== undefined) record.output = result.output;
  if (result.error !== undefined) record.error = result.error;
  if (result.cause !== undefined) record.cause = result.cause;
  world.stepFunctions.executions.push(record);

  const started = { ExecutionArn: executionArn, StartDate: startDate };
  const pattern = call.resource.kind === 'optimized' ? call.resource.pattern : 'request-response';
  if (pattern === 'request-response' || pattern === 'waitForTaskToken') {
    // With .waitForTaskToken the parent waits for a callback; the simulator's callback rules decide it.
    return { kind: 'success', output: withMetadata(world, started) };
  }
  const asValues = pattern === 'sync:2';
  const describe: JsonObject = {
    ExecutionArn: executionArn,
    Input: asValues ? input : JSON.stringify(input),
    InputDetails: { Included: true },
    Name: name,
  };
  if (result.status === 'SUCCEEDED') {
    describe.Output = asValues ? (result.output ?? null) : JSON.stringify(result.output ?? null);
    describe.OutputDetails = { Included: true };
  }
  Object.assign(describe, {
    RedriveCount: 0,
    RedriveStatus: 'NOT_REDRIVABLE',
    RedriveStatusReason: `Execution is ${result.status} and cannot be redriven`,
    StartDate: startDate,
    StateMachineArn: `arn:aws:states:${world.region}:${world.accountId}:stateMachine:${machineName}`,
    Status: result.status,
    StopDate: stopDate,
  });
  if (result.error !== undefined) describe.Error = result.error;
  if (result.cause !== undefined) describe.Cause = result.cause;
  if (result.status !== 'SUCCEEDED') {
    return { kind: 'failure', error: STATES_ERRORS.TaskFailed, cause: JSON.stringify(describe), durationMs: result.billing.durationMs, submitted: started };
  }
  return { kind: 'success', output: describe, durationMs: result.billing.durationMs, submitted: started };
};
