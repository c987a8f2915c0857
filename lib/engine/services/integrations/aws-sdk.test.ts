import { describe, expect, it } from 'vitest';
import { runTask } from './test-kit';

describe('AWS SDK integrations', () => {
  it('answers actions it does not model with a default response that says so, and records the call', async () => {
    const { result, world } = await runTask('arn:aws:states:::aws-sdk:translate:translateText', { Text: 'hola', SourceLanguageCode: 'es', TargetLanguageCode: 'en' }, {});
    expect(result.output).toMatchObject({ SimulatedResponse: true, Note: expect.stringMatching(/does not model translate:translateText/) });
    expect(world.sdkCalls).toMatchObject([{ service: 'translate', action: 'translateText', input: { Text: 'hola' } }]);
  });

  it('models S3 putObject / getObject / listObjectsV2 against the world', async () => {
    const put = await runTask('arn:aws:states:::aws-sdk:s3:putObject', { Bucket: 'b', Key: 'out/r.json', Body: { ok: true } }, {});
    expect(put.world.s3.buckets.b!.objects['out/r.json']!.body).toBe('{"ok":true}');
    const get = await runTask('arn:aws:states:::aws-sdk:s3:getObject', { Bucket: 'b', Key: 'k' }, { s3: { buckets: { b: { objects: { k: { body: 'hello' } } } } } });
    expect(get.result.output).toMatchObject({ Body: 'hello', ContentLength: 5 });
    const list = await runTask('arn:aws:states:::aws-sdk:s3:listObjectsV2', { Bucket: 'b', Prefix: 'a/' }, { s3: { buckets: { b: { objects: { 'a/1': { body: '' }, 'b/2': { body: '' } } } } } });
    expect(list.result.output).toMatchObject({ KeyCount: 1, Contents: [{ Key: 'a/1' }] });
    const missing = await runTask('arn:aws:states:::aws-sdk:s3:getObject', { Bucket: 'b', Key: 'nope' }, { s3: { buckets: { b: { objects: {} } } } });
    expect(missing.result.error).toBe('S3.NoSuchKeyException');
  });

  it('runs Redshift Data and RDS Data statements', async () => {
    const redshift = await runTask('arn:aws:states:::aws-sdk:redshiftdata:executeStatement', { ClusterIdentifier: 'c', Database: 'd', Sql: 'COPY x' }, {});
    expect(redshift.result.output).toMatchObject({ ClusterIdentifier: 'c', Database: 'd', Id: expect.any(String) });
    expect(redshift.world.redshiftData.statements).toMatchObject([{ name: 'COPY x', state: 'SUCCEEDED' }]);
    const noTarget = await runTask('arn:aws:states:::aws-sdk:redshiftdata:executeStatement', { Database: 'd', Sql: 'x' }, {});
    expect(noTarget.result.error).toBe('RedshiftData.ValidationException');
    const rds = await runTask('arn:aws:states:::aws-sdk:rdsdata:executeStatement', { ResourceArn: 'r', SecretArn: 's', Sql: 'SELECT *' }, { rdsData: { records: [['a', 1, 1.5, null, true]] } });
    expect(rds.result.output).toEqual({ NumberOfRecordsUpdated: 0, Records: [[{ StringValue: 'a' }, { LongValue: 1 }, { DoubleValue: 1.5 }, { IsNull: true }, { BooleanValue: true }]] });
  });

  it('an activity waits for the world\'s callback', async () => {
    const arn = 'arn:aws:states:us-east-1:123456789012:activity:approve';
    const { result } = await runTask(arn, undefined, { callbacks: { [arn]: { failure: { Error: 'Rejected', Cause: 'no budget' }, afterMs: 3_600_000 } } });
    expect(result.error).toBe('Rejected');
    expect(result.billing.durationMs).toBe(3_600_000);
  });
});
