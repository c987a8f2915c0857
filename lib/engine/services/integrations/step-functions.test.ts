import { describe, expect, it } from 'vitest';
import { eventOf, runTask, types } from './test-kit';

const CHILD = 'arn:aws:states:us-east-1:123456789012:stateMachine:child';
const child = {
  StartAt: 'Wait',
  States: {
    Wait: { Type: 'Wait', Seconds: 30, Next: 'Echo' },
    Echo: { Type: 'Pass', Parameters: { 'got.$': '$.k' }, End: true },
  },
};
const failing = { StartAt: 'Boom', States: { Boom: { Type: 'Fail', Error: 'Child.Broken', Cause: 'nope' } } };
const world = { stepFunctions: { stateMachines: { child: { definition: child }, failing: { definition: failing } } } };

describe('states:startExecution', () => {
  it('.sync waits for the child and returns DescribeExecution with Input/Output as JSON text', async () => {
    const { result, world: after } = await runTask('arn:aws:states:::states:startExecution.sync', { StateMachineArn: CHILD, Input: { k: 1 }, Name: 'run-1' }, world);
    expect(result.status).toBe('SUCCEEDED');
    const out = result.output as Record<string, unknown>;
    expect(out).toMatchObject({ Input: '{"k":1}', Output: '{"got":1}', Name: 'run-1', Status: 'SUCCEEDED', InputDetails: { Included: true } });
    expect((out.StopDate as number) - (out.StartDate as number)).toBe(30_000);
    expect(result.billing.durationMs).toBe(30_000);
    const submitted = JSON.parse(eventOf<{ output: string }>(result.events, 'TaskSubmitted', 'taskSubmittedEventDetails').output);
    expect(Object.keys(submitted).sort()).toEqual(['ExecutionArn', 'StartDate']);
    expect(after.stepFunctions.executions).toMatchObject([{ stateMachineName: 'child', status: 'SUCCEEDED', output: { got: 1 } }]);
  });

  it('.sync:2 returns Input and Output as JSON values', async () => {
    const { result } = await runTask('arn:aws:states:::states:startExecution.sync:2', { StateMachineArn: CHILD, Input: '{"k":"text"}' }, world);
    expect(result.output).toMatchObject({ Input: { k: 'text' }, Output: { got: 'text' } });
  });

  it('request-response returns ExecutionArn and StartDate without waiting', async () => {
    const { result } = await runTask('arn:aws:states:::states:startExecution', { StateMachineArn: CHILD, Input: { k: 1 } }, world);
    expect(result.output).toMatchObject({ ExecutionArn: expect.stringMatching(/:execution:child:/), StartDate: expect.any(Number) });
    expect(result.billing.durationMs).toBe(0);
    expect(types(result.events)).not.toContain('TaskSubmitted');
  });

  it('a failed child fails the .sync Task with States.TaskFailed and the description as cause', async () => {
    const { result } = await runTask('arn:aws:states:::states:startExecution.sync', { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:failing' }, world);
    expect(result.error).toBe('States.TaskFailed');
    expect(JSON.parse(result.cause!)).toMatchObject({ Status: 'FAILED', Error: 'Child.Broken', Cause: 'nope' });
  });

  it('names the machines the workspace has when the target does not exist', async () => {
    const { result } = await runTask('arn:aws:states:::states:startExecution.sync', { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:ghost' }, world);
    expect(result.error).toBe('StepFunctions.StateMachineDoesNotExistException');
    expect(result.cause).toMatch(/the workspace has: child, failing/);
  });

  it('nested Tasks of the child use the same world', async () => {
    const notifier = { StartAt: 'Publish', States: { Publish: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:ops', 'Message.$': '$.text' }, End: true } } };
    const { result, world: after } = await runTask(
      'arn:aws:states:::states:startExecution.sync:2',
      { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:notifier', Input: { text: 'from child' } },
      { sns: { topics: { ops: { messages: [] } } }, stepFunctions: { stateMachines: { notifier: { definition: notifier } } } },
    );
    expect(result.status).toBe('SUCCEEDED');
    expect(after.sns.topics.ops!.messages.map((m) => m.Message)).toEqual(['from child']);
  });
});
