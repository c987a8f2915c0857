// Limits that shape a design: a Standard execution's history holds at most 25,000 events, and an Express
// execution runs for at most 5 minutes (developer guide, "Quotas"; ../shared/reference/step-functions-facts.md).

import { costOf } from '../../pricing';
import type { ExecutionResult } from '../../engine/types';
import { STATES_ERRORS } from '../../engine/asl/errors';
import { EXPRESS_LIMIT_MS, HISTORY_EVENT_LIMIT, n, STANDARD_RATE } from '../cost-math';
import { lambdaTask, machine, mapState, ordersInput, passState, passSteps, stepNames } from '../machines';
import { defineGenerator, step } from './define';
import { distinctWrong } from './free-tier';

/** Events of a Standard run: execution start/end, 2 per Pass state, 4 for the Map, 2 per iteration + 2 per inner state. */
function inlineMapEvents(items: number, inner: number, before: number, after: number) {
  const fixed = 2 + 2 * before + 4 + 2 * after;
  const perItem = 2 + 2 * inner;
  return { fixed, perItem, total: fixed + items * perItem };
}

function historyMachine(items: number, inner: number, before: number, after: number) {
  return {
    definition: machine([
      ...['Load', 'Split'].slice(0, before).map((name): [string, ReturnType<typeof passState>] => [name, passState()]),
      ['EachRecord', mapState(passSteps(stepNames(inner)), { mode: 'INLINE', resultPath: null })],
      ...['Summarize'].slice(0, after).map((name): [string, ReturnType<typeof passState>] => [name, passState()]),
    ]),
    input: ordersInput(items),
  };
}

export const historyLimitItems = defineGenerator({
  id: 'history-limit-items',
  description: 'How many items an inline Map can take before the 25,000-event history limit',
  kind: 'value',
  params: {
    inner: { label: 'Pass states per iteration', min: 1, max: 5 },
    before: { label: 'States before the Map', min: 1, max: 2 },
    after: { label: 'States after the Map', min: 0, max: 1 },
  },
  answerRange: { min: 1000, max: 6300 },
  build({ inner, before, after }) {
    const events = inlineMapEvents(0, inner, before, after);
    const answer = Math.floor((HISTORY_EVENT_LIMIT - events.fixed) / events.perItem);
    const sample = 20;
    const small = historyMachine(sample, inner, before, after);
    const transitionsFixed = before + 1 + after;
    return {
      kind: 'value',
      prompt:
        `In this Standard workflow every iteration of the inline Map runs ${inner} Pass state${inner > 1 ? 's' : ''}. ` +
        'At most how many items can one execution take before its history passes the 25,000-event limit?',
      facts: [
        { label: 'Pass states per iteration', value: String(inner) },
        { label: 'Pass states outside the Map', value: String(before + after) },
        { label: 'History limit', value: '25,000 events' },
      ],
      unit: 'items',
      answer,
      tolerance: 0,
      wrong: distinctWrong(answer, 0, [
        { mistake: 'transitions-as-events', value: Math.floor((HISTORY_EVENT_LIMIT - transitionsFixed) / inner) },
        { mistake: 'iteration-events-forgotten', value: Math.floor((HISTORY_EVENT_LIMIT - events.fixed) / (2 * inner)) },
        { mistake: 'rounded-up-not-down', value: Math.ceil((HISTORY_EVENT_LIMIT - events.fixed) / events.perItem) },
      ]),
      working: [
        step('Events outside the iterations', `ExecutionStarted/Succeeded 2 + ${before + after} Pass × 2 + Map entered/started/succeeded/exited 4`, String(events.fixed)),
        step('Events per iteration', `MapIterationStarted/Succeeded 2 + ${inner} Pass × 2`, String(events.perItem)),
        step('Items that fit', `(25,000 − ${events.fixed}) ÷ ${events.perItem}, rounded down`, n(answer)),
      ],
      summary: 'An inline Map writes every iteration’s events into the parent’s history; past a few thousand items, use a Distributed Map, whose children keep their own histories.',
      machines: [
        {
          definition: small.definition,
          input: small.input,
          type: 'STANDARD',
          needsHistory: true,
          checks: [{ what: `history events with ${sample} items`, expected: events.fixed + sample * events.perItem, actual: (r) => r.billing.historyEvents }],
        },
      ],
    };
  },
});

export const historyLimitDesign = defineGenerator({
  id: 'history-limit-design',
  description: 'Does an inline Map over N items fit in the 25,000-event history?',
  kind: 'choice',
  params: {
    items: { label: 'Records per run', values: [1500, 2000, 2500, 3000] },
    inner: { label: 'Pass states per record', min: 3, max: 5 },
  },
  build({ items, inner }) {
    const m = historyMachine(items, inner, 1, 1);
    const events = inlineMapEvents(items, inner, 1, 1);
    const fits = events.total <= HISTORY_EVENT_LIMIT;
    return {
      kind: 'choice',
      prompt:
        `A Standard workflow loads a file of ${n(items)} records and runs ${inner} Pass states for each in an inline Map. What happens when it runs?`,
      facts: [
        { label: 'Records', value: n(items) },
        { label: 'States per record', value: String(inner) },
      ],
      options: [
        {
          text: `It succeeds: its history stays under the 25,000-event limit.`,
          correct: fits,
          explanation: fits
            ? `Right: ${n(events.total)} events, under 25,000.`
            : `It would need ${n(events.total)} events, over the 25,000 limit.`,
          ...(fits ? {} : { mistake: 'iteration-events-forgotten' as const }),
        },
        {
          text: 'It fails when its history passes 25,000 events; a Distributed Map, whose children keep their own histories, avoids that.',
          correct: !fits,
          explanation: fits
            ? `Not here: ${n(events.total)} events fit. The advice is right for bigger files.`
            : `Right: ${n(events.total)} events are needed, and the execution fails at 25,000.`,
          ...(fits ? { mistake: 'transitions-as-events' as const } : {}),
        },
        {
          text: 'It fails because an inline Map cannot run more than 40 iterations.',
          correct: false,
          explanation: 'An inline Map runs at most 40 iterations at the same time; it can run many more in total.',
        },
        {
          text: 'Raising MaxConcurrency to 1,000 makes any number of records fit.',
          correct: false,
          explanation: 'Concurrency changes how many iterations run at once, not how many events they write.',
        },
      ],
      working: [
        step('Events outside the iterations', 'execution 2 + Load and Summarize 4 + Map 4', String(events.fixed)),
        step('Events per record', `2 + ${inner} × 2`, String(events.perItem)),
        step('Events per run', `${events.fixed} + ${n(items)} × ${events.perItem}`, `${n(events.total)} ${fits ? '≤' : '>'} 25,000`),
      ],
      summary: 'Count events, not transitions: most states write two, and each Map iteration two more.',
      machines: [{ definition: m.definition, input: m.input, type: 'STANDARD', needsHistory: true, checks: [{ what: 'run succeeded', expected: fits ? 1 : 0, actual: (r) => (r.status === 'SUCCEEDED' ? 1 : 0) }] }],
    };
  },
});

export const expressBatchLimit = defineGenerator({
  id: 'express-batch-limit',
  description: 'The largest batch an Express child can work through within 5 minutes',
  kind: 'value',
  params: {
    msPerItem: { label: 'Work per item (ms)', values: [700, 1300, 1700, 2300, 3100, 4300, 7000, 9000, 11_000, 17_000] },
  },
  answerRange: { min: 17, max: 428 },
  build({ msPerItem }) {
    const answer = Math.floor(EXPRESS_LIMIT_MS / msPerItem);
    const run = (count: number) => ({
      definition: machine([['ProcessBatch', lambdaTask('process-batch')]]),
      input: { Items: Array.from({ length: count }, (_, i) => ({ id: i + 1 })) },
      type: 'EXPRESS' as const,
      tasks: { ProcessBatch: { durationMsPerItem: msPerItem } },
    });
    return {
      kind: 'value',
      prompt:
        `Express children of a Distributed Map work through their batch one item at a time, ${n(msPerItem)} ms per item. ` +
        'What is the largest MaxItemsPerBatch for which a child still finishes?',
      facts: [{ label: 'Work per item', value: `${n(msPerItem)} ms` }],
      unit: 'items',
      answer,
      tolerance: 0,
      wrong: distinctWrong(answer, 0, [
        { mistake: 'wrong-time-limit', value: Math.floor((15 * 60 * 1000) / msPerItem) },
        { mistake: 'rounded-up-not-down', value: Math.ceil(EXPRESS_LIMIT_MS / msPerItem) },
      ]),
      working: [step('Items in 5 minutes', `300,000 ms ÷ ${n(msPerItem)} ms, rounded down`, n(answer))],
      summary: 'An Express execution, a Distributed Map’s Express child included, times out after 5 minutes: size batches to finish well inside that.',
      machines: [
        { ...run(answer), checks: [{ what: `a batch of ${answer} finishes`, expected: 1, actual: (r) => (r.status === 'SUCCEEDED' ? 1 : 0) }] },
        { ...run(answer + 1), checks: [{ what: `a batch of ${answer + 1} times out`, expected: 1, actual: (r) => (r.status === 'TIMED_OUT' || r.error === STATES_ERRORS.Timeout ? 1 : 0) }] },
      ],
    };
  },
});

function expressPerRun(r: ExecutionResult): number {
  return costOf(r, { type: 'EXPRESS', memoryMb: 64 }).totalUsd;
}

export const expressDurationLimit = defineGenerator({
  id: 'express-duration-limit',
  description: 'Which workflow type can run a long job, and what one run costs',
  kind: 'choice',
  params: {
    items: { label: 'Records per run', values: [20, 40, 60, 100, 150] },
    msPerItem: { label: 'Work per record (ms)', values: [800, 1500, 2500, 4000, 6000] },
  },
  build({ items, msPerItem }) {
    const definition = machine([
      ['Load', passState()],
      ['EachRecord', { ...mapState([['Transform', lambdaTask('transform-record', { ResultPath: null })], ['Check', passState()]], { mode: 'INLINE', resultPath: null }), MaxConcurrency: 1 }],
      ['Done', { Type: 'Succeed' }],
    ]);
    const durationMs = items * msPerItem;
    const fits = durationMs <= EXPRESS_LIMIT_MS;
    const transitions = 3 + items * 2;
    const synthetic: ExecutionResult = { status: 'SUCCEEDED', events: [], billing: { stateTransitions: transitions, durationMs, historyEvents: 0 } };
    const standardRun = costOf(synthetic, { type: 'STANDARD' });
    const expressRun = costOf(synthetic, { type: 'EXPRESS', memoryMb: 64 });
    const expressCheaper = expressRun.totalUsd < standardRun.totalUsd;
    const expressRight = fits && expressCheaper;
    return {
      kind: 'choice',
      prompt:
        `A job transforms ${items} records one at a time (MaxConcurrency 1), ${n(msPerItem)} ms each, in ${transitions} state transitions. ` +
        'Express would bill it at 64 MB. Which is the cheapest workflow type that can run it?',
      facts: [
        { label: 'Duration of a run', value: `${n(durationMs)} ms` },
        { label: 'Transitions per run', value: String(transitions) },
      ],
      options: [
        {
          text: `Express, at ${expressRun.total} a run`,
          correct: expressRight,
          explanation: !fits
            ? `The job takes ${n(durationMs / 1000)} s; an Express execution stops with States.Timeout after 5 minutes.`
            : expressCheaper
              ? `It fits in 5 minutes and costs ${expressRun.total} a run against ${standardRun.total} as Standard.`
              : `It fits, but costs ${expressRun.total} a run against ${standardRun.total} as Standard.`,
          ...(expressRight ? {} : { mistake: fits ? ('cheaper-design-confused' as const) : ('wrong-time-limit' as const) }),
        },
        {
          text: `Standard, at ${standardRun.total} a run`,
          correct: !expressRight,
          explanation: expressRight
            ? `Standard works but costs ${standardRun.total} a run, more than Express’s ${expressRun.total}.`
            : fits
              ? `Right: Standard costs ${standardRun.total} a run, less than Express’s ${expressRun.total}.`
              : `Right: at ${n(durationMs / 1000)} s only Standard (up to a year) can run it, for ${standardRun.total} a run.`,
          ...(expressRight ? { mistake: 'cheaper-design-confused' as const } : {}),
        },
        {
          text: 'Express, because an Express execution may run for up to 15 minutes',
          correct: false,
          explanation: 'Fifteen minutes is Lambda’s limit; an Express execution may run for 5 minutes.',
          mistake: 'wrong-time-limit',
        },
      ],
      working: [
        step('Duration of a run', `${items} × ${n(msPerItem)} ms`, `${n(durationMs)} ms ${fits ? '≤' : '>'} 300,000 ms`),
        step('As Standard', `${transitions} × ${STANDARD_RATE} ÷ 1,000`, standardRun.total),
        step('As Express', `one request + ${n(durationMs)} ms (rounded up to 100 ms) × 64 MB`, fits ? expressRun.total : 'times out'),
      ],
      summary: 'A job longer than 5 minutes cannot be an Express workflow however cheap it would be; split it (Distributed Map children) or run it as Standard.',
      machines: [
        {
          definition,
          input: ordersInput(items),
          type: 'EXPRESS',
          tasks: { Transform: { durationMs: msPerItem } },
          checks: [
            { what: 'Express run finishes', expected: fits ? 1 : 0, actual: (r) => (r.status === 'SUCCEEDED' ? 1 : 0) },
            ...(fits ? [{ what: 'Express cost of one run', expected: expressRun.totalUsd, tolerance: 1e-12, actual: expressPerRun }] : []),
          ],
        },
        {
          definition,
          input: ordersInput(items),
          type: 'STANDARD',
          tasks: { Transform: { durationMs: msPerItem } },
          checks: [
            { what: 'transitions per run', expected: transitions, actual: (r) => r.billing.stateTransitions },
            { what: 'Standard cost of one run', expected: standardRun.totalUsd, tolerance: 1e-12, actual: (r) => costOf(r, { type: 'STANDARD' }).totalUsd },
            { what: 'duration (ms)', expected: durationMs, actual: (r) => r.billing.durationMs },
          ],
        },
      ],
    };
  },
});

export const LIMIT_GENERATORS = [historyLimitItems, historyLimitDesign, expressBatchLimit, expressDurationLimit];

