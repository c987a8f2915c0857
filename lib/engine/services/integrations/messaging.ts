// SNS publish, SQS sendMessage and EventBridge putEvents: each call leaves a message in the world so
// lessons and graders can ask "was exactly one alert published to the ops topic?".

import type { JsonObject, JsonValue } from '../../types';
import { nextUuid } from '../ids';
import { md5Hex } from '../md5';
import { asText, lastSegment, serviceError, withMetadata, type Integration } from './common';
import { own } from '../../own';

/** arn:aws:states:::sns:publish (and .waitForTaskToken). */
export const snsPublish: Integration = (call) => {
  const { world, params, invocation } = call;
  const target = params.TopicArn ?? params.TargetArn;
  if (typeof target !== 'string' || !target) {
    throw serviceError(world, 'SNS', 'AmazonSNS', 'InvalidParameterException', 'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter');
  }
  if (params.Message === undefined) {
    throw serviceError(world, 'SNS', 'AmazonSNS', 'InvalidParameterException', 'Invalid parameter: Message Reason: no value for required parameter');
  }
  const name = lastSegment(target, /:/);
  const topic = own(world.sns.topics, name);
  if (!topic) throw serviceError(world, 'SNS', 'AmazonSNS', 'NotFoundException', 'Topic does not exist', 404);
  const messageId = nextUuid(world, 'sns-message');
  const message: (typeof topic.messages)[number] = { MessageId: messageId, Message: asText(params.Message), at: invocation.now, stateName: invocation.stateName };
  if (typeof params.Subject === 'string') message.Subject = params.Subject;
  if (params.MessageAttributes !== undefined) message.MessageAttributes = params.MessageAttributes;
  topic.messages.push(message);
  return { kind: 'success', output: withMetadata(world, { MessageId: messageId }) };
};

/** Queue name from a queue URL (https://sqs.<region>.amazonaws.com/<account>/<name>) or a bare name. */
export function queueNameOf(queueUrl: string): string {
  return lastSegment(queueUrl.replace(/\/+$/, ''), /\//);
}

/** arn:aws:states:::sqs:sendMessage (and .waitForTaskToken). */
export const sqsSendMessage: Integration = (call) => {
  const { world, params, invocation } = call;
  if (typeof params.QueueUrl !== 'string' || !params.QueueUrl) {
    throw serviceError(world, 'SQS', 'AmazonSQS', 'MissingParameterException', 'The request must contain the parameter QueueUrl.');
  }
  if (params.MessageBody === undefined) {
    throw serviceError(world, 'SQS', 'AmazonSQS', 'MissingParameterException', 'The request must contain the parameter MessageBody.');
  }
  const queue = own(world.sqs.queues, queueNameOf(params.QueueUrl));
  if (!queue) throw serviceError(world, 'SQS', 'AmazonSQS', 'QueueDoesNotExistException', 'The specified queue does not exist for this wsdl version.');
  const body = asText(params.MessageBody);
  const messageId = nextUuid(world, 'sqs-message');
  const md5 = md5Hex(body);
  const message: (typeof queue.messages)[number] = { MessageId: messageId, Body: body, MD5OfMessageBody: md5, at: invocation.now, stateName: invocation.stateName };
  if (params.MessageAttributes !== undefined) message.MessageAttributes = params.MessageAttributes;
  if (typeof params.MessageGroupId === 'string') message.MessageGroupId = params.MessageGroupId;
  if (typeof params.DelaySeconds === 'number') message.DelaySeconds = params.DelaySeconds;
  queue.messages.push(message);
  return { kind: 'success', output: withMetadata(world, { MD5OfMessageBody: md5, MessageId: messageId }) };
};

/** arn:aws:states:::events:putEvents (and .waitForTaskToken). */
export const eventsPutEvents: Integration = (call) => {
  const { world, params, invocation } = call;
  const entries = params.Entries;
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > 10) {
    throw serviceError(world, 'EventBridge', 'AmazonEventBridge', 'ValidationException', 'Entries must be an array of 1 to 10 events');
  }
  const results: JsonValue[] = [];
  let failed = 0;
  for (const raw of entries) {
    const entry = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as JsonObject;
    if (typeof entry.Source !== 'string' || typeof entry.DetailType !== 'string' || entry.Detail === undefined) {
      failed += 1;
      results.push({ ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameters Source, DetailType and Detail are required' });
      continue;
    }
    const rejected = world.eventbridge.failEntries;
    if (rejected) {
      failed += 1;
      results.push({ ErrorCode: rejected.ErrorCode, ErrorMessage: rejected.ErrorMessage ?? rejected.ErrorCode });
      continue;
    }
    const eventId = nextUuid(world, 'event');
    world.eventbridge.events.push({
      EventId: eventId,
      Source: entry.Source,
      DetailType: entry.DetailType,
      Detail: asText(entry.Detail),
      EventBusName: typeof entry.EventBusName === 'string' ? lastSegment(entry.EventBusName, /\//) : 'default',
      at: invocation.now,
    });
    results.push({ EventId: eventId });
  }
  return { kind: 'success', output: { Entries: results, FailedEntryCount: failed } };
};
