// The Lambda + SQS alternative: no state machine at all, Lambda pulls batches of messages. It is the cheapest
// bill, and gives up the workflow's history, retries per step and visual tracking.

import { compareMapDesigns } from '../../pricing';
import { LAMBDA_FREE_GB_SECONDS, LAMBDA_FREE_REQUESTS, LAMBDA_GB_SECOND_RATE, LAMBDA_REQUEST_RATE, ceilDiv, lambdaUsage, n, priceMonth } from '../cost-math';
import { formatNumber } from '../units';
import { defineGenerator, step, usdStep } from './define';
import { linesWorking } from './express';
import { distinctWrong } from './free-tier';

export const lambdaSqsMonthly = defineGenerator({
  id: 'lambda-sqs-monthly',
  description: 'Monthly Lambda cost of processing SQS messages in batches of 10',
  kind: 'value',
  params: {
    messages: { label: 'Messages a month', values: [5_000_000, 20_000_000, 50_000_000, 100_000_000] },
    msPerMessage: { label: 'Work per message (ms)', min: 20, max: 200, step: 10 },
    memoryMb: { label: 'Lambda memory (MB)', values: [128, 256, 512] },
  },
  answerRange: { min: 0, max: 200 },
  build({ messages, msPerMessage, memoryMb }) {
    const invocations = ceilDiv(messages, 10);
    const usage = lambdaUsage(invocations, 10 * msPerMessage, memoryMb);
    const month = priceMonth(usage);
    const answer = month.totalUsd;
    const gbs = (invocations * 10 * msPerMessage * memoryMb) / 1_024_000;
    return {
      kind: 'value',
      prompt:
        `Instead of a workflow, a Lambda function (${memoryMb} MB) reads an SQS queue in batches of 10. ${n(messages)} messages arrive a month and each takes ` +
        `${msPerMessage} ms to handle. What do the Lambda charges come to a month, free tier included? (Leave SQS’s own request charges aside.)`,
      facts: [
        { label: 'Messages a month', value: n(messages) },
        { label: 'Batch size', value: '10 messages' },
        { label: 'Work per message', value: `${msPerMessage} ms` },
        { label: 'Memory', value: `${memoryMb} MB` },
      ],
      unit: 'usd',
      answer,
      tolerance: 0.005,
      wrong: distinctWrong(answer, 0.005, [
        { mistake: 'lambda-free-tier-forgotten', value: priceMonth(usage, { freeTier: false }).totalUsd },
        { mistake: 'sqs-batching-ignored', value: priceMonth(lambdaUsage(messages, msPerMessage, memoryMb)).totalUsd },
        { mistake: 'gb-as-1000-mb', value: priceMonth({ ...usage, lambdaMbMs: (usage.lambdaMbMs * 1024n) / 1000n }).totalUsd },
      ]),
      working: [
        step('Invocations', `${n(messages)} ÷ 10 per batch`, n(invocations)),
        step('GB-seconds', `${n(invocations)} × ${10 * msPerMessage} ms × ${memoryMb} MB ÷ 1,024,000`, formatNumber(gbs, 4)),
        step('Free tier', `${n(LAMBDA_FREE_REQUESTS)} requests and ${n(LAMBDA_FREE_GB_SECONDS)} GB-seconds a month`, 'deducted'),
        ...linesWorking(month),
        usdStep('Cost a month', `requests at ${LAMBDA_REQUEST_RATE} per 1M + duration at ${LAMBDA_GB_SECOND_RATE} per GB-second`, answer),
      ],
      summary: 'With no state machine there is no orchestration charge, only Lambda’s, and its free tier absorbs small workloads entirely.',
    };
  },
});

const DESIGN_LABEL = {
  'inline-map': 'The inline Map in a Standard workflow',
  'distributed-map-express': 'The Distributed Map with batched Express children',
  'lambda-sqs': 'Lambda reading SQS batches, with no workflow',
} as const;

export const mapVersusLambdaSqs = defineGenerator({
  id: 'map-vs-lambda-sqs',
  description: 'Inline Map, batched Distributed Map or Lambda + SQS: the cheapest bill, and what it gives up',
  kind: 'choice',
  params: {
    items: { label: 'Items per run', values: [500, 1000, 2000, 5000] },
    statesPerItem: { label: 'States per item', min: 2, max: 4 },
    itemDurationMs: { label: 'Work per item (ms)', values: [50, 100, 200, 400] },
    batchSize: { label: 'MaxItemsPerBatch', values: [50, 100, 200] },
    runsPerMonth: { label: 'Runs a month', values: [100, 1000, 5000] },
  },
  build({ items, statesPerItem, itemDurationMs, batchSize, runsPerMonth }) {
    const comparison = compareMapDesigns({ items, statesPerItem, parentStates: 2, itemDurationMs, batchSize, runsPerMonth });
    const monthly = (id: keyof typeof DESIGN_LABEL) => comparison.designs.find((d) => d.design === id)?.monthly;
    const reasons = {
      'inline-map': 'every state of every item is a Standard transition of the parent',
      'distributed-map-express': 'it pays the worker Lambda plus an Express request and duration for every batch',
      'lambda-sqs': 'it pays only for Lambda, but gives up the workflow’s execution history, per-step Retry and Catch, and the visual run view',
    } as const;
    const options = (Object.keys(DESIGN_LABEL) as (keyof typeof DESIGN_LABEL)[]).map((id) => {
      const cost = monthly(id);
      const correct = comparison.cheapest === id;
      return {
        text: `${DESIGN_LABEL[id]}: ${cost?.total ?? '?'} a month`,
        correct,
        explanation: correct
          ? `Cheapest at ${cost?.total}: ${reasons[id]}.`
          : `Not the cheapest: ${cost?.total} a month, because ${reasons[id]}.`,
        ...(correct ? {} : { mistake: id === 'inline-map' ? ('map-inner-states-not-counted' as const) : ('cheaper-design-confused' as const) }),
      };
    });
    return {
      kind: 'choice',
      prompt:
        `A job handles ${n(items)} items a run (${statesPerItem} states and ${itemDurationMs} ms of 128 MB Lambda work per item), ${n(runsPerMonth)} runs a month. ` +
        `Three designs are priced below with the worker Lambda included and SQS request charges left aside. Which bill is the lowest?`,
      facts: [
        { label: 'Items per run', value: n(items) },
        { label: 'Distributed Map batch size', value: String(batchSize) },
        { label: 'SQS batch size', value: '10' },
        { label: 'Runs a month', value: n(runsPerMonth) },
      ],
      options,
      working: comparison.designs.map((d) => step(DESIGN_LABEL[d.design], d.summary, d.monthly?.total ?? d.perRun.total)),
      summary: `${comparison.verdict} The cheapest bill is not the whole story: the workflow designs buy visibility and error handling.`,
    };
  },
});

export const ALTERNATIVE_GENERATORS = [lambdaSqsMonthly, mapVersusLambdaSqs];

