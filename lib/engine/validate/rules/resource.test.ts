import { describe, expect, it } from 'vitest';
import { errors, errorText, machine, warnings } from '../test-util';
import { resourceKind } from './resource';

const task = (Resource: unknown) => machine({ Type: 'Task', Resource, Next: 'Done' });

describe('Resource ARNs', () => {
  it('recognises Lambda, activity and integration ARNs', () => {
    expect(resourceKind('arn:aws:lambda:us-east-1:123456789012:function:my-fn')).toBe('lambda');
    expect(resourceKind('arn:aws:lambda:us-east-1:123456789012:function:my-fn:prod')).toBe('lambda');
    expect(resourceKind('arn:aws:states:us-east-1:123456789012:activity:approve')).toBe('activity');
    expect(resourceKind('arn:aws:states:::sqs:sendMessage.waitForTaskToken')).toBe('integration');
    expect(resourceKind('arn:aws:states:::aws-sdk:s3:listObjectsV2')).toBe('integration');
    expect(resourceKind('arn:aws:states:::states:startExecution.sync:2')).toBe('integration');
    expect(resourceKind('lambda-function')).toBe('invalid');
  });

  it('accepts valid resources', () => {
    for (const r of ['arn:aws:lambda:eu-west-1:123456789012:function:f', 'arn:aws:states:::dynamodb:putItem', 'arn:aws:states:::aws-sdk:dynamodb:query', 'arn:aws:states:::glue:startJobRun.sync']) {
      expect(errors(task(r))).toEqual([]);
    }
  });

  it('rejects malformed ARNs and unknown optimized actions, as AWS does', () => {
    expect(errorText(task('my-function'))).toMatch(/The resource provided my-function is not recognized/);
    expect(errorText(task('arn:aws:lambda:us-east-1:123:function:f'))).toMatch(/a Lambda ARN looks like/);
    expect(errorText(task('arn:aws:states:::dynamodb:query'))).toMatch(/'dynamodb:query' is not an optimized integration.*aws-sdk:dynamodb:query/);
    expect(errorText(task('arn:aws:states:::lambda:invok'))).toMatch(/Did you mean 'invoke'\?/);
    expect(errorText(task(''))).toMatch(/must not be empty/);
    expect(errorText(task(7))).toMatch(/must be a string/);
  });

  it('does not take a JSONata expression as Resource', () => {
    const def = { ...task('{% $states.input.arn %}'), QueryLanguage: 'JSONata' };
    expect(errorText(def)).toMatch(/must be a literal ARN/);
  });

  it('accepts every optimized integration AWS lists, with the patterns AWS allows (issue 19)', () => {
    for (const r of [
      'arn:aws:states:::bedrock:invokeModel',
      'arn:aws:states:::apigateway:invoke.waitForTaskToken',
      'arn:aws:states:::mediaconvert:createJob.sync',
      'arn:aws:states:::sagemaker:createTransformJob.sync',
      'arn:aws:states:::eks:runJob.sync',
      'arn:aws:states:::emr-serverless:startJobRun.sync',
      'arn:aws:states:::databrew:startJobRun.sync',
      'arn:aws:states:::codebuild:startBuildBatch.sync',
      'arn:aws:states:::http:invoke',
    ]) {
      expect(errors(task(r)), r).toEqual([]);
    }
  });

  it('accepts AWS SDK and optimized integrations written with a region and an account', () => {
    expect(errors(task('arn:aws:states:us-east-1:123456789012:aws-sdk:transcribe:startTranscriptionJob'))).toEqual([]);
    expect(errors(task('arn:aws:states:us-east-1:123456789012:athena:startQueryExecution.sync'))).toEqual([]);
  });

  it('warns, never errs, where the simulator answers with a default response', () => {
    const w = warnings(task('arn:aws:states:::sagemaker:createTrainingJob.sync'));
    expect(w).toMatchObject([{ code: 'SIMULATED_DEFAULT_RESPONSE', path: ['States', 'S', 'Resource'] }]);
    expect(w[0]!.message).toMatch(/runs with a default response.*mock config/);
    expect(warnings(task('arn:aws:states:::aws-sdk:translate:translateText'))).toHaveLength(1);
    expect(warnings(task('arn:aws:states:::bedrock:invokeModel'))).toEqual([]);
    expect(warnings(task('arn:aws:states:::glue:startJobRun.sync'))).toEqual([]);
  });

  it('refuses the patterns AWS does not allow for an integration', () => {
    expect(errorText(task('arn:aws:states:::batch:submitJob.waitForTaskToken'))).toMatch(/does not support \.waitForTaskToken; it supports request-response, \.sync/);
    expect(errorText(task('arn:aws:states:::sagemaker:createModel.sync'))).toMatch(/UNSUPPORTED_RESOURCE/);
  });
});
