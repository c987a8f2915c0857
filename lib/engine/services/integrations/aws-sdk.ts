// AWS SDK integrations (arn:aws:states:::aws-sdk:<service>:<action>) the simulator models against the world:
// S3 objects here, DynamoDB and the Data APIs in their own files. Every other action answers with a default
// response marked as simulated (defaults.ts) and is recorded in world.sdkCalls.

import { getObject, listObjects, putObject, S3Error } from '../world/s3';
import { serviceError, type Integration, type ServiceCall } from './common';

/** Service name as SDK integration errors spell it: `<ServiceName>.<ErrorName>Exception`, PascalCase. */
const ERROR_PREFIX: Record<string, string> = {
  s3: 'S3', dynamodb: 'DynamoDb', rdsdata: 'RdsData', redshiftdata: 'RedshiftData', sfn: 'Sfn', lambda: 'Lambda',
  sqs: 'Sqs', sns: 'Sns', glue: 'Glue', athena: 'Athena', ec2: 'Ec2', eventbridge: 'EventBridge', acmpca: 'AcmPca',
  cloudwatch: 'CloudWatch', secretsmanager: 'SecretsManager', ssm: 'Ssm', bedrockruntime: 'BedrockRuntime',
};

export function sdkErrorPrefix(service: string): string {
  return ERROR_PREFIX[service] ?? service.charAt(0).toUpperCase() + service.slice(1);
}

function s3Params(call: ServiceCall): { bucket: string; key?: string } {
  const bucket = call.params.Bucket;
  if (typeof bucket !== 'string' || !bucket) throw serviceError(call.world, 'S3', 'S3', 'InvalidRequestException', 'Bucket is required');
  const key = call.params.Key;
  return typeof key === 'string' ? { bucket, key } : { bucket };
}

function s3Fail(call: ServiceCall, e: unknown): never {
  if (e instanceof S3Error) throw serviceError(call.world, 'S3', 'S3', `${e.code}Exception`, e.message, 404);
  throw e;
}

export const s3GetObject: Integration = (call) => {
  const { bucket, key } = s3Params(call);
  try {
    const object = getObject(call.world, bucket, key ?? '');
    return { kind: 'success', output: { Body: object.body, ContentLength: object.body.length, ContentType: object.contentType ?? 'binary/octet-stream' } };
  } catch (e) {
    return s3Fail(call, e);
  }
};

export const s3PutObject: Integration = (call) => {
  const { bucket, key } = s3Params(call);
  if (!key) throw serviceError(call.world, 'S3', 'S3', 'InvalidRequestException', 'Key is required');
  const body = call.params.Body;
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  const contentType = typeof call.params.ContentType === 'string' ? call.params.ContentType : undefined;
  putObject(call.world, bucket, key, text, contentType ? { contentType, now: call.invocation.now } : { now: call.invocation.now });
  return { kind: 'success', output: { ETag: `"${text.length.toString(16)}"` } };
};

export const s3ListObjectsV2: Integration = (call) => {
  const { bucket } = s3Params(call);
  const prefix = typeof call.params.Prefix === 'string' ? call.params.Prefix : '';
  try {
    const objects = listObjects(call.world, bucket, prefix);
    return {
      kind: 'success',
      output: {
        Contents: objects.map(({ key, object }) => ({ Key: key, Size: object.body.length, ...(object.lastModified !== undefined ? { LastModified: object.lastModified } : {}) })),
        IsTruncated: false,
        KeyCount: objects.length,
        MaxKeys: 1000,
        Name: bucket,
        Prefix: prefix,
      },
    };
  } catch (e) {
    return s3Fail(call, e);
  }
};
