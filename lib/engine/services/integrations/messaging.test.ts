import { describe, expect, it } from 'vitest';
import { md5Hex } from '../md5';
import { runTask } from './test-kit';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:ops';

describe('SNS publish', () => {
  it('publishes to the topic in the world and returns MessageId with the SDK metadata', async () => {
    const { result, world } = await runTask('arn:aws:states:::sns:publish', { TopicArn: TOPIC, Subject: 'hi', 'Message.$': '$' }, { sns: { topics: { ops: { messages: [] } } } }, { input: { a: 1 } });
    expect(result.output).toMatchObject({ MessageId: expect.any(String), SdkHttpMetadata: { HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: expect.any(String) } });
    expect(world.sns.topics.ops!.messages).toMatchObject([{ Message: '{"a":1}', Subject: 'hi', stateName: 'Call' }]);
  });

  it('fails with SNS.NotFoundException for a topic the world does not have', async () => {
    const { result } = await runTask('arn:aws:states:::sns:publish', { TopicArn: TOPIC, Message: 'x' }, {});
    expect(result.error).toBe('SNS.NotFoundException');
  });
});

describe('SQS sendMessage', () => {
  it('queues the body (objects as JSON text) with its real MD5', async () => {
    const { result, world } = await runTask('arn:aws:states:::sqs:sendMessage', { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs', MessageBody: { id: 7 } }, { sqs: { queues: { jobs: { messages: [] } } } });
    expect(world.sqs.queues.jobs!.messages[0]!.Body).toBe('{"id":7}');
    expect(result.output).toMatchObject({ MD5OfMessageBody: md5Hex('{"id":7}') });
  });

  it('.waitForTaskToken ends with the world\'s callback for the state', async () => {
    const { result, world } = await runTask(
      'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      { QueueUrl: 'jobs', MessageBody: { 'token.$': '$$.Task.Token' } },
      { sqs: { queues: { jobs: { messages: [] } } }, callbacks: { Call: { success: { done: true }, afterMs: 45_000 } } },
    );
    expect(result.output).toEqual({ done: true });
    expect(result.billing.durationMs).toBe(45_000);
    expect(JSON.parse(world.sqs.queues.jobs!.messages[0]!.Body).token).toMatch(/\S{10,}/);
  });

  it('a missed heartbeat ends a callback task with States.HeartbeatTimeout', async () => {
    const { result } = await runTask(
      'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      { QueueUrl: 'jobs', MessageBody: 'x' },
      { sqs: { queues: { jobs: { messages: [] } } }, callbacks: { Call: { heartbeatsAtMs: [20_000, 40_000] } } },
      { extra: { HeartbeatSeconds: 30, TimeoutSeconds: 600 } },
    );
    expect(result.error).toBe('States.HeartbeatTimeout');
    expect(result.billing.durationMs).toBe(70_000);
  });

  it('reports a missing queue as AWS does', async () => {
    const { result } = await runTask('arn:aws:states:::sqs:sendMessage', { QueueUrl: 'nope', MessageBody: 'x' }, {});
    expect(result.error).toBe('SQS.QueueDoesNotExistException');
  });
});

describe('EventBridge putEvents', () => {
  it('records the events and returns their ids', async () => {
    const { result, world } = await runTask('arn:aws:states:::events:putEvents', { Entries: [{ Source: 'shop', DetailType: 'OrderPlaced', Detail: { id: 1 } }] }, {});
    expect(result.output).toMatchObject({ FailedEntryCount: 0, Entries: [{ EventId: expect.any(String) }] });
    expect(world.eventbridge.events).toMatchObject([{ Source: 'shop', DetailType: 'OrderPlaced', Detail: '{"id":1}', EventBusName: 'default' }]);
  });
});
