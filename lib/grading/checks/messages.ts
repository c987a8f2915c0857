// Messages the run left in the simulated SNS topics and SQS queues.
import type { Expectations } from '../../content/scenario-schema';
import { brief, describeRun, plural } from '../explain';
import type { CheckResult } from '../types';
import { fail, pass, quote, type CheckContext } from './context';

interface Sent {
  text: string;
  subject?: string;
  state?: string;
}

function countText(count: number | undefined): string {
  return count === undefined ? 'a message' : count === 0 ? 'no message' : `exactly ${plural(count, 'message')}`;
}

function checkSent(
  kind: 'published' | 'queued',
  where: string,
  sent: Sent[] | undefined,
  spec: { count?: number | undefined; subject?: string | undefined; contains?: string | undefined },
  ctx: CheckContext,
): CheckResult {
  const verb = kind === 'published' ? 'publish' : 'send';
  const place = `${kind === 'published' ? 'to the topic' : 'to the queue'} ${quote(where)}`;
  if (sent === undefined) return fail(kind, `the run should ${verb} ${countText(spec.count)} ${place}, but the scenario's world has no such ${kind === 'published' ? 'topic' : 'queue'}; tell the instructor`);
  const n = sent.length;
  const countOk = spec.count === undefined ? n > 0 : n === spec.count;
  if (!countOk) {
    const from = n > 0 ? ` (from ${[...new Set(sent.map((m) => m.state).filter(Boolean))].map((s) => quote(s!)).join(', ')})` : '';
    return fail(kind, `the run should ${verb} ${countText(spec.count)} ${place}, but it ${kind === 'published' ? 'published' : 'sent'} ${n === 0 ? 'none' : plural(n, 'message')}${from}; ${describeRun(ctx.obs)}`);
  }
  if (spec.subject !== undefined) {
    const wrong = sent.find((m) => m.subject !== spec.subject);
    if (wrong) return fail(kind, `messages ${place} should have the subject "${spec.subject}", but one has ${wrong.subject === undefined ? 'none' : `"${wrong.subject}"`}`);
  }
  if (spec.contains !== undefined) {
    const wrong = sent.find((m) => !m.text.includes(spec.contains!));
    if (wrong) return fail(kind, `messages ${place} should mention "${spec.contains}", but one reads ${brief(wrong.text, 160)}`);
  }
  return pass(kind, `the run ${kind === 'published' ? 'published' : 'sent'} ${n === 0 ? 'no message' : plural(n, 'message')} ${place}`);
}

export function checkPublished(expected: NonNullable<Expectations['published']>, ctx: CheckContext): CheckResult[] {
  const topics = ctx.obs.world.sns.topics;
  return expected.map((spec) => {
    const topic = Object.prototype.hasOwnProperty.call(topics, spec.topic) ? topics[spec.topic] : undefined;
    const sent = topic?.messages.map((m) => ({ text: m.Message, ...(m.Subject !== undefined ? { subject: m.Subject } : {}), ...(m.stateName !== undefined ? { state: m.stateName } : {}) }));
    return checkSent('published', spec.topic, sent, spec, ctx);
  });
}

export function checkQueued(expected: NonNullable<Expectations['queued']>, ctx: CheckContext): CheckResult[] {
  const queues = ctx.obs.world.sqs.queues;
  return expected.map((spec) => {
    const queue = Object.prototype.hasOwnProperty.call(queues, spec.queue) ? queues[spec.queue] : undefined;
    const sent = queue?.messages.map((m) => ({ text: m.Body, ...(m.stateName !== undefined ? { state: m.stateName } : {}) }));
    return checkSent('queued', spec.queue, sent, spec, ctx);
  });
}

export function checkInvoked(expected: NonNullable<Expectations['invoked']>, ctx: CheckContext): CheckResult[] {
  return expected.map((spec) => {
    const calls = ctx.obs.world.lambda.invocations.filter((i) => i.functionName === spec.function);
    const n = calls.length;
    const fn = `the function ${quote(spec.function)}`;
    const from = n > 0 ? ` (from ${[...new Set(calls.map((c) => c.stateName).filter(Boolean))].map((s) => quote(s!)).join(', ')})` : '';
    if (spec.count !== undefined && n !== spec.count) {
      return fail('invoked', `the run should invoke ${fn} ${spec.count === 0 ? 'not at all' : spec.count === 1 ? 'once' : `${spec.count} times`}, but it invoked it ${n === 1 ? 'once' : `${n} times`}${from}`);
    }
    if (spec.max !== undefined && n > spec.max) {
      return fail('invoked', `the run should invoke ${fn} at most ${plural(spec.max, 'time')}, but it invoked it ${plural(n, 'time')}${from}`);
    }
    return pass('invoked', `the run invoked ${fn} ${n === 1 ? 'once' : `${n} times`}`);
  });
}
