import { describe, expect, it } from 'vitest';
import { run, types } from '../test-support/run';

describe('Succeed state', () => {
  it('ends the run successfully after InputPath and OutputPath', async () => {
    const r = await run({ StartAt: 'S', States: { S: { Type: 'Succeed', InputPath: '$.a', OutputPath: '$.b' } } }, { a: { b: 7 } });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toBe(7);
    expect(types(r)).toEqual(['ExecutionStarted', 'SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded']);
  });
});
