// The worker's `grade` message: the visible cases of a scenario, with each case's run kept for its history.
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../lib/content/scenarios';
import { toClientScenario } from '../../../lib/grading/client-scenario';
import { gradeRequest } from './core';
import type { WorkerResponse } from './protocol';

const pipeline = loadScenarios().scenarios.find((s) => s.scenario.id === 'five-step-pipeline')!.scenario;

describe('worker grade request', () => {
  it('grades the cases it is sent and keeps each run, with history and trace', async () => {
    const client = toClientScenario(pipeline);
    expect(client.cases.every((c) => c.visible)).toBe(true);
    expect(client.hiddenCases).toBe(pipeline.cases.length - client.cases.length);
    expect(client).not.toHaveProperty('solution');
    const posted: WorkerResponse[] = [];
    const r = await gradeRequest({ kind: 'grade', id: 7, scenario: client, text: pipeline.starter }, (m) => posted.push(m));
    // The page's budget timer counts from this message.
    expect(posted).toEqual([{ kind: 'started', id: 7 }]);
    expect(r.kind).toBe('graded');
    expect(r.id).toBe(7);
    expect(r.verdict.cases.map((c) => c.passed)).toEqual([true, false, false]);
    const run = r.verdict.cases[1]!.run!;
    expect(run.events.at(-1)!.type).toBe('ExecutionFailed');
    expect(run.trace?.some((t) => t.stateName === 'ConvertWithGlue' && t.outcome === 'failed')).toBe(true);
    // Plain data: it crosses postMessage.
    expect(structuredClone(r)).toEqual(r);
  });
});
