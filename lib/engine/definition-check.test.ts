import { describe, expect, it } from 'vitest';
import { startExecution } from './start';
import type { StateMachineDefinition } from './types';

const syncTask: StateMachineDefinition = {
  StartAt: 'Convert',
  States: { Convert: { Type: 'Task', Resource: 'arn:aws:states:::glue:startJobRun.sync', Parameters: { JobName: 'j' }, End: true } },
};
const answer = () => ({ kind: 'success' as const, output: { JobRunState: 'SUCCEEDED' } });

describe('startExecution validates the definition for its type', () => {
  it('refuses .sync in an EXPRESS execution, as AWS refuses to create such a machine', async () => {
    const r = await startExecution(syncTask, {}, { type: 'EXPRESS', tasks: answer });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.InvalidDefinition');
    expect(r.cause).toContain('States.Convert.Resource');
    expect(r.cause).toContain('.sync');
    expect(r.billing.stateTransitions).toBe(0);
  });

  it('runs the same definition as STANDARD', async () => {
    const r = await startExecution(syncTask, {}, { type: 'STANDARD', tasks: answer });
    expect(r.status).toBe('SUCCEEDED');
  });

  it('reports a bad transition target before running anything', async () => {
    const def: StateMachineDefinition = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } };
    const r = await startExecution(def, {});
    expect(r.status).toBe('FAILED');
    expect(r.cause).toMatch(/Nowhere/);
  });

  it('can be skipped on purpose', async () => {
    const r = await startExecution(syncTask, {}, { type: 'EXPRESS', tasks: answer, validate: false });
    expect(r.status).toBe('SUCCEEDED');
  });
});
