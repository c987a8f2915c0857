// Machines the sandbox page offers. The pipeline comes from the scenario content, so it stays in step with it.
import pipelineDefinition from '../../content/scenarios/five-step-pipeline/definition.json';
import pipelineInput from '../../content/scenarios/five-step-pipeline/input.json';
import pipelineMocks from '../../content/scenarios/five-step-pipeline/mock-config.json';
import pipelineWorld from '../../content/scenarios/five-step-pipeline/world.json';
import type { SandboxExample } from './types';

export const MILLION = 1_000_000;

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
    title: 'A million items, one at a time (long run)',
    description: 'An Express workflow that loops over 1,000,000 items: three million transitions. Watch the progress, keep typing, or cancel it.',
    definition: {
      Comment: 'Handles 1,000,000 items one by one: names each, fingerprints it, counts it. History is not recorded: it would not fit in memory (and Express keeps none).',
      StartAt: 'Start',
      States: {
        Start: { Type: 'Pass', Parameters: { done: 0, 'total.$': '$.total' }, Next: 'ReadItem' },
        ReadItem: { Type: 'Pass', Parameters: { 'done.$': '$.done', 'total.$': '$.total', 'item.$': "States.Format('order-{}', $.done)" }, Next: 'HandleItem' },
        HandleItem: { Type: 'Pass', Parameters: { 'done.$': 'States.MathAdd($.done, 1)', 'total.$': '$.total', 'checksum.$': "States.Hash($.item, 'MD5')" }, Next: 'MoreItems' },
        MoreItems: { Type: 'Choice', Choices: [{ Variable: '$.done', NumericLessThanPath: '$.total', Next: 'ReadItem' }], Default: 'AllDone' },
        AllDone: { Type: 'Succeed' },
      },
    },
    input: { total: MILLION },
    type: 'EXPRESS',
    record: false,
    maxTransitions: 3 * MILLION + 10,
  },
];
