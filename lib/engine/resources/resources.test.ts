// The one table of resources: ARN syntax, every optimized integration AWS lists with its patterns, AWS SDK
// actions with a region and account, and the messages for what AWS refuses.
import { describe, expect, it } from 'vitest';
import { OPTIMIZED_INTEGRATIONS, parseResourceArn, resolveResource, supportedResourceList } from './index';

const accepted = (arn: string) => resolveResource(arn).ok;

describe('parseResourceArn', () => {
  it('reads Lambda, optimized, AWS SDK and activity ARNs', () => {
    expect(parseResourceArn('arn:aws:lambda:us-east-1:123456789012:function:clean:live')).toEqual({
      ok: true,
      resource: { kind: 'lambda-function', region: 'us-east-1', accountId: '123456789012', functionName: 'clean', qualifier: 'live' },
    });
    expect(parseResourceArn('arn:aws:states:::states:startExecution.sync:2')).toEqual({ ok: true, resource: { kind: 'optimized', service: 'states', action: 'startExecution', pattern: 'sync:2' } });
    expect(parseResourceArn('arn:aws:states:::sqs:sendMessage.waitForTaskToken')).toEqual({ ok: true, resource: { kind: 'optimized', service: 'sqs', action: 'sendMessage', pattern: 'waitForTaskToken' } });
    expect(parseResourceArn('arn:aws:states:::emr-serverless:startJobRun.sync')).toEqual({ ok: true, resource: { kind: 'optimized', service: 'emr-serverless', action: 'startJobRun', pattern: 'sync' } });
    expect(parseResourceArn('arn:aws:states:::aws-sdk:s3:listObjectsV2')).toEqual({ ok: true, resource: { kind: 'aws-sdk', service: 's3', action: 'listObjectsV2', pattern: 'request-response' } });
    expect(parseResourceArn('arn:aws:states:us-east-1:123456789012:activity:approve')).toMatchObject({ ok: true, resource: { kind: 'activity', name: 'approve' } });
  });

  it('accepts service integrations written with a region and an account, as a deployed machine exports them', () => {
    expect(parseResourceArn('arn:aws:states:us-east-1:123456789012:aws-sdk:s3:getObject')).toEqual({ ok: true, resource: { kind: 'aws-sdk', service: 's3', action: 'getObject', pattern: 'request-response' } });
    expect(parseResourceArn('arn:aws:states:eu-west-1:123456789012:athena:startQueryExecution.sync')).toMatchObject({ ok: true, resource: { kind: 'optimized', service: 'athena', pattern: 'sync' } });
    expect(accepted('arn:aws-us-gov:states:us-gov-west-1:123456789012:aws-sdk:transcribe:startTranscriptionJob')).toBe(true);
  });

  it('says why a malformed ARN is malformed', () => {
    expect(parseResourceArn('arn:aws:lambda:us-east-1:12345:function:x')).toMatchObject({ ok: false, message: expect.stringMatching(/12-digit account/) });
    expect(parseResourceArn('lambda:invoke')).toMatchObject({ ok: false, message: expect.stringMatching(/Malformed Resource/) });
    expect(parseResourceArn('arn:aws:states:::aws-sdk:S3:GetObject')).toMatchObject({ ok: false, message: expect.stringMatching(/camelCase action/) });
  });
});

describe('the optimized integrations AWS lists, with their patterns', () => {
  it.each([
    // Seen in deployed samples and refused before issue 19.
    'arn:aws:states:::bedrock:invokeModel',
    'arn:aws:states:::bedrock:createModelCustomizationJob',
    'arn:aws:states:::bedrock:createModelCustomizationJob.sync',
    'arn:aws:states:::apigateway:invoke',
    'arn:aws:states:::apigateway:invoke.waitForTaskToken',
    'arn:aws:states:::mediaconvert:createJob.sync',
    'arn:aws:states:::sagemaker:createTrainingJob.sync',
    'arn:aws:states:::sagemaker:createModel',
    'arn:aws:states:::sagemaker:createTransformJob.sync',
    // Refused when tried directly.
    'arn:aws:states:::eks:runJob.sync',
    'arn:aws:states:::eks:call',
    'arn:aws:states:::emr-serverless:startJobRun.sync',
    'arn:aws:states:::emr-containers:startJobRun.sync',
    'arn:aws:states:::databrew:startJobRun.sync',
    'arn:aws:states:::sagemaker:createEndpoint',
    'arn:aws:states:::elasticmapreduce:cancelStep',
    'arn:aws:states:::elasticmapreduce:modifyInstanceFleetByName',
    'arn:aws:states:::codebuild:startBuildBatch.sync',
    'arn:aws:states:::codebuild:batchGetReports',
    // The rest of the families.
    'arn:aws:states:::athena:startQueryExecution.sync',
    'arn:aws:states:::batch:submitJob.sync',
    'arn:aws:states:::dynamodb:updateItem',
    'arn:aws:states:::ecs:runTask.waitForTaskToken',
    'arn:aws:states:::eks:createCluster.sync',
    'arn:aws:states:::events:putEvents.waitForTaskToken',
    'arn:aws:states:::glue:startJobRun.sync',
    'arn:aws:states:::lambda:invoke.waitForTaskToken',
    'arn:aws:states:::sns:publish.waitForTaskToken',
    'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
    'arn:aws:states:::states:startExecution.sync:2',
    'arn:aws:states:::http:invoke',
    'arn:aws:states:::aws-sdk:ec2:describeInstances',
    'arn:aws:states:::aws-sdk:dynamodb:putItem.waitForTaskToken',
  ])('accepts %s', (arn) => {
    expect(resolveResource(arn)).toMatchObject({ ok: true });
  });

  it.each([
    ['arn:aws:states:::lambda:invoke.sync', /does not support \.sync; it supports request-response, \.waitForTaskToken/],
    ['arn:aws:states:::dynamodb:getItem.waitForTaskToken', /does not support \.waitForTaskToken; it supports request-response\.$/],
    ['arn:aws:states:::glue:startJobRun.waitForTaskToken', /does not support \.waitForTaskToken/],
    ['arn:aws:states:::sagemaker:createModel.sync', /does not support \.sync/],
    ['arn:aws:states:::http:invoke.waitForTaskToken', /does not support \.waitForTaskToken/],
    ['arn:aws:states:::states:startExecution.sync:3', /Malformed service integration|not an optimized/],
    ['arn:aws:states:::aws-sdk:s3:getObject.sync', /do not support the \.sync pattern/],
    ['arn:aws:states:::dynamodb:query', /optimized dynamodb integration supports .*aws-sdk:dynamodb:query/],
    ['arn:aws:states:::kinesis:putRecord', /not an optimized service integration.*aws-sdk/],
  ])('refuses %s as AWS does', (arn, why) => {
    const found = resolveResource(arn);
    expect(found.ok).toBe(false);
    expect(found.ok ? '' : found.message).toMatch(why);
  });

  it('lists each service:action once, with request-response always allowed', () => {
    const keys = OPTIMIZED_INTEGRATIONS.map((e) => `${e.service}:${e.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of OPTIMIZED_INTEGRATIONS) expect(e.patterns[0]).toBe('request-response');
    // .sync:2 belongs to Step Functions alone.
    expect(OPTIMIZED_INTEGRATIONS.filter((e) => e.patterns.includes('sync:2')).map((e) => e.service)).toEqual(['states']);
  });

  it('says how the simulator answers each resource', () => {
    const sim = (arn: string) => (resolveResource(arn) as { ok: true; resolved: { simulation: string } }).resolved.simulation;
    expect(sim('arn:aws:states:::bedrock:invokeModel')).toBe('world');
    expect(sim('arn:aws:states:::sagemaker:createTrainingJob.sync')).toBe('default');
    expect(sim('arn:aws:states:::aws-sdk:s3:getObject')).toBe('world');
    expect(sim('arn:aws:states:::aws-sdk:translate:translateText')).toBe('default');
    expect(sim('arn:aws:states:us-east-1:123456789012:activity:a')).toBe('callback');
    expect(supportedResourceList().some((l) => l.startsWith('arn:aws:states:::states:startExecution | .sync | .sync:2 | .waitForTaskToken'))).toBe(true);
  });
});
