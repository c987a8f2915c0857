// The JSONPath forms published state machines use (issue 19), accepted by the validator and evaluated the
// same way at run time.
import { describe, expect, it } from 'vitest';
import { startExecution } from '../start';
import type { StateMachineDefinition } from '../types';
import { validateDefinition } from './index';

const def: StateMachineDefinition = {
  StartAt: 'Shape',
  States: {
    Shape: {
      Type: 'Pass',
      Parameters: {
        'first.$': '$.records.[0].body',
        'execution.$': '$$.Execution.Name ',
        'positive.$': '$.records.[?(@.OU > 0)]',
        'pairs.$': "$.records.[*].['bucket', 'key']",
        'receipts.$': '$.Labels[?(@.Name==Receipt)].Confidence',
        'spaced.$': "$.abc.['def ghi']",
      },
      ResultPath: '$.shaped',
      Next: 'Filter',
    },
    Filter: { Type: 'Pass', InputPath: '$..QualityResults[?(@.constraint_status==Failure)]', End: true },
  },
};

const input = {
  records: [
    { body: 'a', OU: 1, bucket: 'b1', key: 'k1' },
    { body: 'b', OU: 0, bucket: 'b2', key: 'k2' },
  ],
  Labels: [
    { Name: 'Receipt', Confidence: 97 },
    { Name: 'Paper', Confidence: 60 },
  ],
  abc: { 'def ghi': 1 },
  checks: { QualityResults: [{ constraint_status: 'Failure', id: 1 }, { constraint_status: 'Success', id: 2 }] },
};

describe('JSONPath forms AWS accepts', () => {
  it('validate without errors', () => {
    expect(validateDefinition(def).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('evaluate at run time as Jayway does', async () => {
    const pass = structuredClone(def) as StateMachineDefinition & { States: Record<string, Record<string, unknown>> };
    pass.States.Shape!.Next = 'Done';
    delete pass.States.Filter;
    pass.States.Done = { Type: 'Succeed' };
    const r = await startExecution(pass, input, { name: 'run-7' });
    expect(r.status).toBe('SUCCEEDED');
    expect((r.output as { shaped: unknown }).shaped).toEqual({
      first: 'a',
      execution: 'run-7',
      positive: [input.records[0]],
      pairs: [
        { bucket: 'b1', key: 'k1' },
        { bucket: 'b2', key: 'k2' },
      ],
      receipts: [97],
      spaced: 1,
    });
    const filtered = await startExecution(def, input);
    expect(filtered.output).toEqual([{ constraint_status: 'Failure', id: 1 }]);
  });
});
