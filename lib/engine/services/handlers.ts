// The simulated AWS, as TaskHandlers for startExecution: a world (S3, DynamoDB, SNS, SQS, Glue, Lambda,
// ...), optional fault rules and an optional Step Functions Local mock config with a named test case.
// Order for each Task call: fault rules, then the test case's mocked response (for the states it mocks),
// then the simulated service. The world is copied first; read the returned `world` after the run.

import { TaskError, type JsonObject, type JsonValue, type TaskHandler, type TaskHandlers, type TaskInvocation, type TaskOutcome } from '../types';
import { describeResource } from './catalog';
import { faultEffect, matchingFaults, type FaultEffect, type FaultRule } from './faults';
import { IntegrationError, type CallbackSink, type ServiceCall } from './integrations/common';
import { mockedStateHandlers, resolveStateMachineName, type MockConfig, type UncoveredInvocation } from './mock-config';
import { cloneWorld, createWorld, type World, type WorldInit } from './world';
import { own } from '../own';
import { STATES_ERRORS } from '../asl/errors';

export interface ServiceOptions {
  world?: World | WorldInit;
  faults?: FaultRule[];
  mockConfig?: MockConfig;
  /** Test case of the mock config to run (needs mockConfig). */
  testCase?: string;
  /** Which state machine of the mock config; may be left out when the config has only one. */
  stateMachineName?: string;
}

export interface ServiceHandlers {
  handlers: TaskHandlers;
  /** The world the handlers read and write: inspect it after the run. */
  world: World;
  /** Mocked invocations the test case did not cover (the run fails at the first one). */
  uncoveredInvocations: UncoveredInvocation[];
}

function isFullWorld(world: World | WorldInit): world is World {
  return typeof (world as World).sequence === 'number' && typeof (world as World).s3 === 'object' && Array.isArray((world as World).sdkCalls);
}

export function createServiceHandlers(options: ServiceOptions = {}): ServiceHandlers {
  const world = options.world === undefined ? createWorld() : isFullWorld(options.world) ? cloneWorld(options.world) : createWorld(options.world);
  let mocked: Record<string, TaskHandler> = {};
  let uncoveredInvocations: UncoveredInvocation[] = [];
  if (options.mockConfig) {
    if (options.testCase === undefined) throw new Error('A mock config needs a test case name (testCase)');
    const machine = resolveStateMachineName(options.mockConfig, options.stateMachineName);
    if (!machine.ok) throw new Error(machine.message);
    const test = mockedStateHandlers(options.mockConfig, machine.name, options.testCase);
    mocked = test.states;
    uncoveredInvocations = test.uncoveredInvocations;
  }
  const handler = dispatcher(world, options.faults ?? [], mocked, 0);
  return { handlers: handler, world, uncoveredInvocations };
}

/** The brief's shorthand: handlers for one test case of a mock config, over an optional world. */
export function handlersForTestCase(config: MockConfig, stateMachineName: string, testCaseName: string, options: { world?: World | WorldInit; faults?: FaultRule[] } = {}): ServiceHandlers {
  return createServiceHandlers({ ...options, mockConfig: config, stateMachineName, testCase: testCaseName });
}

function dispatcher(world: World, faults: FaultRule[], mocked: Record<string, TaskHandler>, depth: number): TaskHandler {
  return async (invocation) => {
    const effect = faultEffect(matchingFaults(faults, invocation));
    const outcome = await answer(world, invocation, effect, mocked, depth);
    return withLatency(outcome, effect.latencyMs);
  };
}

function withLatency(outcome: TaskOutcome, latencyMs: number): TaskOutcome {
  if (latencyMs <= 0 || outcome.kind === 'noResponse') return outcome;
  return { ...outcome, durationMs: (outcome.durationMs ?? 0) + latencyMs };
}

async function answer(world: World, invocation: TaskInvocation, effect: FaultEffect, mocked: Record<string, TaskHandler>, depth: number): Promise<TaskOutcome> {
  if (effect.throw) {
    return effect.throw.Cause === undefined
      ? { kind: 'failure', error: effect.throw.Error }
      : { kind: 'failure', error: effect.throw.Error, cause: effect.throw.Cause };
  }
  if (effect.noResponse) return effect.heartbeatsAtMs ? { kind: 'noResponse', heartbeatsAtMs: effect.heartbeatsAtMs } : { kind: 'noResponse' };
  if (effect.return !== undefined) return { kind: 'success', output: effect.return };
  const mock = own(mocked, invocation.stateName);
  if (mock) return mock(invocation);

  const described = describeResource(invocation.resource);
  if (!described) {
    return { kind: 'failure', error: STATES_ERRORS.Runtime, cause: `The simulator does not support the resource "${invocation.resource}". Run the validator for the list of supported resources.` };
  }
  const callback: CallbackSink = { heartbeatsAtMs: [] };
  const call: ServiceCall = {
    invocation,
    resource: described.resource,
    params: invocation.input !== null && typeof invocation.input === 'object' && !Array.isArray(invocation.input) ? (invocation.input as JsonObject) : {},
    world,
    callback,
    depth,
    nestedHandlers: () => dispatcher(world, [], {}, depth + 1),
  };
  if (effect.durationMs !== undefined) call.durationMs = effect.durationMs;
  if (effect.jobFailure !== undefined) call.jobFailure = effect.jobFailure;

  const pattern = described.resource.kind === 'optimized' || described.resource.kind === 'aws-sdk' ? described.resource.pattern : 'request-response';
  let outcome: TaskOutcome;
  if (described.integration === 'callback') {
    outcome = { kind: 'success', output: null };
  } else {
    try {
      outcome = await described.integration(call);
    } catch (e) {
      outcome = failureFrom(e);
    }
  }
  if (effect.heartbeatsAtMs && outcome.kind !== 'noResponse') outcome = { ...outcome, heartbeatsAtMs: effect.heartbeatsAtMs };
  const waits = pattern === 'waitForTaskToken' || described.integration === 'callback';
  if (!waits || outcome.kind !== 'success') return outcome;
  return callbackOutcome(world, invocation, callback, effect, outcome.durationMs ?? 0);
}

function failureFrom(e: unknown): TaskOutcome {
  if (e instanceof IntegrationError || e instanceof TaskError) {
    const cause = e instanceof IntegrationError ? e.causeText : e.causeText;
    return cause === undefined ? { kind: 'failure', error: e.error } : { kind: 'failure', error: e.error, cause };
  }
  return { kind: 'failure', error: STATES_ERRORS.TaskFailed, cause: `The simulated service failed unexpectedly: ${e instanceof Error ? e.message : String(e)}` };
}

/**
 * A `.waitForTaskToken` Task (or an activity) ends when someone calls back with the token: a Lambda handler
 * through context.sendTaskSuccess / sendTaskFailure, or the world's callback rule for the state or resource.
 * With neither, nobody answers and only TimeoutSeconds / HeartbeatSeconds end the wait.
 */
function callbackOutcome(world: World, invocation: TaskInvocation, sink: CallbackSink, effect: FaultEffect, requestMs: number): TaskOutcome {
  const rule = own(world.callbacks, invocation.stateName) ?? own(world.callbacks, invocation.resource);
  const beats = effect.heartbeatsAtMs ?? (sink.heartbeatsAtMs.length ? sink.heartbeatsAtMs : rule?.heartbeatsAtMs);
  const extra = beats ? { heartbeatsAtMs: beats } : {};
  if (sink.result) {
    return sink.result.kind === 'success'
      ? { kind: 'success', output: sink.result.output, durationMs: requestMs, ...extra }
      : { kind: 'failure', error: sink.result.error, ...(sink.result.cause !== undefined ? { cause: sink.result.cause } : {}), durationMs: requestMs, ...extra };
  }
  if (rule?.success !== undefined) return { kind: 'success', output: rule.success as JsonValue, durationMs: requestMs + (rule.afterMs ?? 0), ...extra };
  if (rule?.failure) {
    return { kind: 'failure', error: rule.failure.Error, ...(rule.failure.Cause !== undefined ? { cause: rule.failure.Cause } : {}), durationMs: requestMs + (rule.afterMs ?? 0), ...extra };
  }
  return { kind: 'noResponse', ...extra };
}
