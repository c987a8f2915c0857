import { describe, expect, it } from 'vitest';
import { parseResourceArn } from './arn';
import { checkResourceArn, describeResource, supportedResourceList } from './catalog';

describe('parseResourceArn', () => {
  it('reads each resource form with its integration pattern', () => {
    expect(parseResourceArn('arn:aws:lambda:us-east-1:123456789012:function:clean:live')).toEqual({
      ok: true,
      resource: { kind: 'lambda-function', region: 'us-east-1', accountId: '123456789012', functionName: 'clean', qualifier: 'live' },
    });
    expect(parseResourceArn('arn:aws:states:::states:startExecution.sync:2')).toEqual({ ok: true, resource: { kind: 'optimized', service: 'states', action: 'startExecution', pattern: 'sync:2' } });
    expect(parseResourceArn('arn:aws:states:::sqs:sendMessage.waitForTaskToken')).toEqual({ ok: true, resource: { kind: 'optimized', service: 'sqs', action: 'sendMessage', pattern: 'waitForTaskToken' } });
    expect(parseResourceArn('arn:aws:states:::aws-sdk:s3:listObjectsV2')).toEqual({ ok: true, resource: { kind: 'aws-sdk', service: 's3', action: 'listObjectsV2', pattern: 'request-response' } });
    expect(parseResourceArn('arn:aws:states:us-east-1:123456789012:activity:approve')).toMatchObject({ ok: true, resource: { kind: 'activity', name: 'approve' } });
  });

  it('explains malformed ARNs', () => {
    expect(parseResourceArn('arn:aws:lambda:us-east-1:12345:function:x')).toMatchObject({ ok: false, message: expect.stringMatching(/12-digit account/) });
    expect(parseResourceArn('lambda:invoke')).toMatchObject({ ok: false, message: expect.stringMatching(/Malformed Resource/) });
    expect(parseResourceArn('arn:aws:states:::aws-sdk:S3:GetObject')).toMatchObject({ ok: false, message: expect.stringMatching(/camelCase action/) });
  });
});

describe('catalog', () => {
  it('accepts the supported resources and patterns', () => {
    for (const arn of [
      'arn:aws:lambda:us-east-1:123456789012:function:f',
      'arn:aws:states:::lambda:invoke',
      'arn:aws:states:::lambda:invoke.waitForTaskToken',
      'arn:aws:states:::glue:startJobRun.sync',
      'arn:aws:states:::ecs:runTask.sync',
      'arn:aws:states:::batch:submitJob.sync',
      'arn:aws:states:::athena:startQueryExecution.sync',
      'arn:aws:states:::elasticmapreduce:addStep.sync',
      'arn:aws:states:::states:startExecution.sync:2',
      'arn:aws:states:::events:putEvents',
      'arn:aws:states:::dynamodb:updateItem',
      'arn:aws:states:::aws-sdk:redshiftdata:executeStatement',
      'arn:aws:states:::aws-sdk:ec2:describeInstances',
    ]) {
      expect(checkResourceArn(arn), arn).toBeNull();
    }
  });

  it('rejects unknown services and unsupported patterns with the list of supported resources', () => {
    const unknown = checkResourceArn('arn:aws:states:::kinesis:putRecord');
    expect(unknown).toMatch(/not a supported service integration/);
    expect(unknown).toContain('arn:aws:states:::glue:startJobRun | .sync');
    expect(checkResourceArn('arn:aws:states:::dynamodb:query')).toMatch(/arn:aws:states:::aws-sdk:dynamodb:query/);
    expect(checkResourceArn('arn:aws:states:::lambda:invoke.sync')).toMatch(/does not support \.sync; it supports request-response, \.waitForTaskToken/);
    expect(checkResourceArn('arn:aws:states:::aws-sdk:s3:getObject.sync')).toMatch(/do not support the \.sync pattern/);
  });

  it('says whether the world models the call or answers with a default response', () => {
    expect(describeResource('arn:aws:states:::aws-sdk:s3:getObject')?.simulation).toBe('world');
    expect(describeResource('arn:aws:states:::aws-sdk:translate:translateText')?.simulation).toBe('default');
    expect(describeResource('arn:aws:states:us-east-1:123456789012:activity:a')?.simulation).toBe('callback');
    expect(describeResource('arn:aws:states:::nope:nope')).toBeNull();
    expect(supportedResourceList().length).toBeGreaterThan(10);
  });
});
