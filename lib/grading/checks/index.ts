// Every check of a case's `expect`, in a fixed order: how the run ended first, then its path, then what it
// left behind, then what it used. Feedback reads the failures in this order.
import type { Expectations } from '../../content/scenario-schema';
import type { CheckResult } from '../types';
import { checkCost, checkDuration, checkTransitions } from './budget';
import type { CheckContext } from './context';
import { checkInvoked, checkPublished, checkQueued } from './messages';
import { checkOutput } from './output';
import { checkAttempts, checkCaught, checkNotVisited, checkVisited } from './path';
import { checkError, checkStatus } from './run-end';
import { checkItems, checkObjects } from './storage';

export type { CheckContext } from './context';

export function runChecks(e: Expectations, ctx: CheckContext): CheckResult[] {
  const out: CheckResult[] = [];
  if (e.status !== undefined) out.push(checkStatus(e.status, ctx));
  if (e.error !== undefined) out.push(checkError(e.error, ctx));
  if (e.attempts !== undefined) out.push(...checkAttempts(e.attempts, ctx));
  if (e.caught !== undefined) out.push(...checkCaught(e.caught, ctx));
  if (e.visited !== undefined) out.push(...checkVisited(e.visited, ctx));
  if (e.notVisited !== undefined) out.push(...checkNotVisited(e.notVisited, ctx));
  if (e.published !== undefined) out.push(...checkPublished(e.published, ctx));
  if (e.queued !== undefined) out.push(...checkQueued(e.queued, ctx));
  if (e.invoked !== undefined) out.push(...checkInvoked(e.invoked, ctx));
  if (e.items !== undefined) out.push(...checkItems(e.items, ctx));
  if (e.objects !== undefined) out.push(...checkObjects(e.objects, ctx));
  if (e.output !== undefined) out.push(checkOutput(e.output, ctx));
  if (e.maxTransitions !== undefined) out.push(checkTransitions(e.maxTransitions, ctx));
  if (e.cost !== undefined) out.push(checkCost(e.cost, ctx));
  if (e.maxDurationSeconds !== undefined) out.push(checkDuration(e.maxDurationSeconds, ctx));
  return out;
}
