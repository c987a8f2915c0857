// Machines the sandbox page offers. The pipeline comes from the scenario content, so it stays in step with it.
import pipelineDefinition from '../../content/scenarios/five-step-pipeline/solution.asl.json';
import pipelineInput from '../../content/scenarios/five-step-pipeline/input.json';
import pipelineMocks from '../../content/scenarios/five-step-pipeline/mock-config.json';
import pipelineWorld from '../../content/scenarios/five-step-pipeline/world.json';
import { millionDefinition, MILLION_BUCKET, MILLION_KEY } from './million-example';
import type { SandboxExample } from './types';

export { MILLION } from './lib/generated-world';
export { millionDefinition } from './million-example';

export const examples: SandboxExample[] = [
  {
    id: 'hello',
    title: 'Hello, Choice',
    description: 'A Pass state and a Choice with a default.',
    definition: {
      Comment: 'Say hello, then decide',
      StartAt: 'Hello',
      States: {
        Hello: { Type: 'Pass', Result: 'Hello', ResultPath: '$.greeting', Next: 'Decide' },
        Decide: { Type: 'Choice', Choices: [{ Variable: '$.name', IsPresent: true, Next: 'Done' }], Default: 'NoName' },
        NoName: { Type: 'Fail', Error: 'NoName', Cause: 'The input has no name' },
        Done: { Type: 'Succeed' },
      },
    },
    input: { name: 'Ada' },
  },
  {
    id: 'five-step-pipeline',
    title: 'Five-step data pipeline (Glue fault)',
    description: 'RDS → Lambda → Glue → Redshift → SNS, each with Retry and Catch. The fault makes Glue fail three times: two retries, then the error is caught and the team alerted.',
    definition: pipelineDefinition,
    input: pipelineInput,
    mocks: pipelineMocks,
    world: pipelineWorld,
    faults: 'fail ConvertWithGlue 3 times with Glue.AWSGlueException: The job run failed',
  },
  {
    id: 'parallel-map',
    title: 'Parallel branches and a Map',
    description: 'Two branches run together; a Map runs its states for each item.',
    definition: {
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Double', States: { Double: { Type: 'Pass', Parameters: { 'value.$': 'States.MathAdd($.n, $.n)' }, End: true } } },
            { StartAt: 'Label', States: { Label: { Type: 'Pass', Parameters: { 'label.$': "States.Format('n is {}', $.n)" }, End: true } } },
          ],
          ResultPath: '$.both',
          Next: 'EachItem',
        },
        EachItem: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Square', States: { Square: { Type: 'Pass', Parameters: { 'item.$': '$' }, End: true } } },
          ResultPath: '$.mapped',
          End: true,
        },
      },
    },
    input: { n: 21, items: [1, 2, 3] },
  },
  {
    id: 'retry-catch',
    title: 'Retry with backoff, then Catch',
    description: 'A Lambda call that fails twice; the retrier absorbs both failures.',
    definition: {
      StartAt: 'CallApi',
      States: {
        CallApi: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'call-api', 'Payload.$': '$' },
          Retry: [{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }],
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Fallback' }],
          End: true,
        },
        Fallback: { Type: 'Pass', Result: 'served from cache', ResultPath: '$.answer', End: true },
      },
    },
    input: { query: 'status' },
    world: { lambda: { functions: { 'call-api': { source: 'function handler(event) { return { ok: true, query: event.query }; }' } } } },
    faults: 'fail CallApi 2 times with Lambda.TooManyRequestsException: Rate exceeded',
  },
  {
    id: 'million',
    title: 'A million items, Distributed Map (long run)',
    description:
      'A Distributed Map reads 1,000,000 orders from one JSON file in S3 and runs an Express child execution for each. The file is generated in the engine worker when you run. Watch the items count up, keep typing, or cancel it.',
    definition: millionDefinition,
    input: {},
    generatedWorld: { kind: 'million-items', bucket: MILLION_BUCKET, key: MILLION_KEY },
    // About 40 s on a laptop; a slow phone gets ten minutes before the run is stopped.
    budgetMs: 600_000,
  },
];
