// A Task in flight in a Parallel branch is stopped when a sibling branch fails (issue 19): a Lambda still
// running and a .sync job still waiting each end with TaskStateAborted at the time of the failure, and the
// execution does not wait for them (AWS stops the other branches: Parallel state, "Branches" failure).
import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../types';
import { runWithServices } from './run';

const def: StateMachineDefinition = {
  StartAt: 'P',
  States: {
    P: {
      Type: 'Parallel',
      End: true,
      Branches: [
        { StartAt: 'Slow', States: { Slow: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'slow', Payload: {} }, End: true } } },
        { StartAt: 'Job', States: { Job: { Type: 'Task', Resource: 'arn:aws:states:::glue:startJobRun.sync', Parameters: { JobName: 'etl' }, End: true } } },
        { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, Next: 'F' }, F: { Type: 'Fail', Error: 'B.Broke', Cause: 'gave up' } } },
      ],
    },
  },
};

describe('Tasks in flight when a sibling branch fails', () => {
  it('end with TaskStateAborted at the failure, linked to it, and nothing of theirs comes after', async () => {
    const { result, world } = await runWithServices(def, {}, {
      world: {
        lambda: { functions: { slow: { response: 1, durationMs: 20_000 } } },
        glue: { jobs: { etl: { durationMs: 600_000 } } },
      },
    });
    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('B.Broke');
    expect(result.billing.durationMs).toBe(5000);
    const t0 = Date.parse(result.startDate!);
    const fail = result.events.findIndex((e) => e.type === 'FailStateEntered');
    expect(result.events.slice(fail).map((e) => `${e.type}@${(Date.parse(e.timestamp) - t0) / 1000}`)).toEqual([
      'FailStateEntered@5',
      'TaskStateAborted@5',
      'TaskStateAborted@5',
      'ParallelStateFailed@5',
      'ExecutionFailed@5',
    ]);
    for (const e of result.events.slice(fail + 1, fail + 4)) expect(e.previousEventId).toBe(result.events[fail]!.id);
    expect(result.events.some((e) => e.type === 'TaskSucceeded' || e.type === 'TaskStateExited')).toBe(false);
    // Both calls were made before the failure (the job was submitted).
    expect(result.events.filter((e) => e.type === 'TaskSubmitted')).toHaveLength(1);
    expect(world.lambda.invocations).toHaveLength(1);
  });
});
