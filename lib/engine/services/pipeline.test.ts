// The course's five-step pipeline (content/scenarios/five-step-pipeline) end to end through startExecution,
// under each test case of its mock config: the history and the SNS topics show each outcome.

import { describe, expect, it } from 'vitest';
import definition from '../../../content/scenarios/five-step-pipeline/solution.asl.json';
import mockConfigJson from '../../../content/scenarios/five-step-pipeline/mock-config.json';
import worldJson from '../../../content/scenarios/five-step-pipeline/world.json';
import input from '../../../content/scenarios/five-step-pipeline/input.json';
import type { HistoryEvent } from '../types';
import { fault } from './faults';
import { parseMockConfig, testCaseNames } from './mock-config';
import { runWithServices } from './run';
import type { WorldInit } from './world';
import { validateDefinition } from '../index';

const parsed = parseMockConfig(mockConfigJson);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const mockConfig = parsed.config;
const world = worldJson as WorldInit;

function entered(events: HistoryEvent[]): string[] {
  return events.filter((e) => e.type.endsWith('StateEntered')).map((e) => (e.stateEnteredEventDetails as { name: string }).name);
}

function failures(events: HistoryEvent[]): string[] {
  return events.filter((e) => e.type === 'TaskFailed').map((e) => (e.taskFailedEventDetails as { error: string }).error);
}

const run = (testCase: string) =>
  runWithServices(definition as never, input, { mockConfig, testCase, world, stateMachineName: 'FiveStepPipeline' });

const topic = (w: { sns: { topics: Record<string, { messages: { Message: string; Subject?: string }[] }> } }, name: string) => w.sns.topics[name]!.messages;

describe('five-step pipeline', () => {
  it('is a valid definition and its mock config names exactly the four course test cases', () => {
    expect(validateDefinition(definition as never).filter((d) => d.severity === 'error')).toEqual([]);
    expect(testCaseNames(mockConfig, 'FiveStepPipeline')).toEqual(['AllSucceed', 'GlueFailsTwiceThenSucceeds', 'RedshiftFailsThreeTimes', 'NotificationFails']);
  });

  it('AllSucceed: five steps, no failure, one success notification and no alert', async () => {
    const { result, world: after, uncoveredInvocations } = await run('AllSucceed');
    expect(result.status).toBe('SUCCEEDED');
    expect(entered(result.events)).toEqual(['ExtractFromRDS', 'CleanWithLambda', 'ConvertWithGlue', 'LoadIntoRedshift', 'NotifyDone']);
    expect(failures(result.events)).toEqual([]);
    expect(topic(after, 'pipeline-notifications')).toMatchObject([
      { Subject: 'Nightly pipeline succeeded', Message: 'Orders for 2024-06-01 are loaded into Redshift (statement a1b2c3d4-0000-4000-8000-000000000001).' },
    ]);
    expect(topic(after, 'data-team-alerts')).toEqual([]);
    expect(uncoveredInvocations).toEqual([]);
  });

  it('GlueFailsTwiceThenSucceeds: two Glue failures are retried and the third attempt carries on', async () => {
    const { result, world: after } = await run('GlueFailsTwiceThenSucceeds');
    expect(result.status).toBe('SUCCEEDED');
    expect(failures(result.events)).toEqual(['Glue.AWSGlueException', 'Glue.AWSGlueException']);
    expect(entered(result.events)).toEqual(['ExtractFromRDS', 'CleanWithLambda', 'ConvertWithGlue', 'LoadIntoRedshift', 'NotifyDone']);
    expect((result.output as { convert: unknown }).convert).toEqual({ jobRunId: 'jr_0003', state: 'SUCCEEDED' });
    // Retry waits 2 s then 4 s on the virtual clock.
    expect(result.billing.durationMs).toBe(6_000);
    expect(result.billing.stateTransitions).toBe(7);
    expect(topic(after, 'pipeline-notifications')).toHaveLength(1);
    expect(topic(after, 'data-team-alerts')).toEqual([]);
  });

  it('RedshiftFailsThreeTimes: retries run out, the team is alerted and the run fails', async () => {
    const { result, world: after } = await run('RedshiftFailsThreeTimes');
    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('Pipeline.Failed');
    expect(failures(result.events)).toEqual(['RedshiftData.InternalServerException', 'RedshiftData.InternalServerException', 'RedshiftData.InternalServerException']);
    expect(entered(result.events)).toEqual(['ExtractFromRDS', 'CleanWithLambda', 'ConvertWithGlue', 'LoadIntoRedshift', 'AlertTeam', 'PipelineFailed']);
    expect(result.events.at(-1)!.type).toBe('ExecutionFailed');
    expect(topic(after, 'pipeline-notifications')).toEqual([]);
    expect(topic(after, 'data-team-alerts')).toMatchObject([
      { Subject: 'Nightly pipeline FAILED', Message: 'The pipeline run for 2024-06-01 failed with RedshiftData.InternalServerException: The Redshift Data API could not reach cluster analytics.' },
    ]);
  });

  it('NotificationFails: the success notification is retried, then the team is alerted and the run fails', async () => {
    const { result, world: after } = await run('NotificationFails');
    expect(result.status).toBe('FAILED');
    expect(failures(result.events)).toEqual(['SNS.AuthorizationErrorException', 'SNS.AuthorizationErrorException', 'SNS.AuthorizationErrorException']);
    expect(entered(result.events).slice(-3)).toEqual(['NotifyDone', 'AlertTeam', 'PipelineFailed']);
    expect(topic(after, 'pipeline-notifications')).toEqual([]);
    expect(topic(after, 'data-team-alerts')).toHaveLength(1);
    expect(topic(after, 'data-team-alerts')[0]!.Message).toMatch(/failed with SNS\.AuthorizationErrorException: User is not authorized/);
  });

  it('runs on the simulated world alone: the Lambda cleans the rows and the Glue job takes 12 minutes', async () => {
    const { result, world: after } = await runWithServices(definition as never, input, { world });
    expect(result.status).toBe('SUCCEEDED');
    expect((result.output as { clean: unknown }).clean).toEqual({
      records: [
        { id: 'o-1001', amount: 25.5, country: 'FR' },
        { id: 'o-1003', amount: 120, country: 'US' },
      ],
      dropped: 1,
    });
    expect(result.events.some((e) => e.type === 'TaskSubmitted')).toBe(true);
    expect(result.billing.durationMs).toBeGreaterThanOrEqual(720_000);
    expect(after.glue.runs).toMatchObject([{ name: 'convert-to-parquet', state: 'SUCCEEDED' }]);
    expect(after.redshiftData.statements[0]!.name).toBe("COPY sales FROM 's3://curated-data/orders/2024-06-01/' IAM_ROLE default FORMAT AS PARQUET");
    expect(after.rdsData.statements[0]!.sql).toBe("SELECT id, amount, country FROM orders WHERE order_date = '2024-06-01'");
    expect(topic(after, 'pipeline-notifications')).toHaveLength(1);
  });

  it('fault rules give the same story without a mock config ("fail the Glue step twice")', async () => {
    const { result, world: after } = await runWithServices(definition as never, input, {
      world,
      faults: [fault.fail('ConvertWithGlue', '0-1', 'Glue.AWSGlueException', 'Concurrent runs exceeded')],
    });
    expect(result.status).toBe('SUCCEEDED');
    expect(failures(result.events)).toEqual(['Glue.AWSGlueException', 'Glue.AWSGlueException']);
    expect(after.glue.runs).toHaveLength(1);
  });
});
