// A run's names and ARNs are remembered for the last options seen: any option that differs must give a run
// its own.

import { describe, expect, it } from 'vitest';
import { runIdentity } from './run-identity';

describe('runIdentity', () => {
  it('reuses the identity of the same options and makes a new one when any of them differs', () => {
    const first = runIdentity({});
    expect(first.executionArn).toBe('arn:aws:states:us-east-1:123456789012:execution:StateMachine:exec-00000000');
    expect(runIdentity({})).toBe(first);
    expect(runIdentity({ seed: 255 }).executionArn).toBe('arn:aws:states:us-east-1:123456789012:execution:StateMachine:exec-000000ff');
    expect(runIdentity({ seed: 255, name: 'n' }).executionArn).toBe('arn:aws:states:us-east-1:123456789012:execution:StateMachine:n');
    expect(runIdentity({ region: 'eu-west-1' }).machineArn).toBe('arn:aws:states:eu-west-1:123456789012:stateMachine:StateMachine');
    expect(runIdentity({ accountId: '111122223333' }).roleArn).toBe('arn:aws:iam::111122223333:role/StepFunctionsRole');
    expect(runIdentity({ roleArn: 'arn:aws:iam::1:role/R' }).roleArn).toBe('arn:aws:iam::1:role/R');
    expect(runIdentity({ stateMachineName: 'M' }).name).toBe('exec-00000000');
    expect(runIdentity({ stateMachineName: 'M' }).executionArn).toBe('arn:aws:states:us-east-1:123456789012:execution:M:exec-00000000');
    expect(runIdentity({}).executionArn).toBe(first.executionArn);
  });

  it('gives Express runs an id after the name that depends on the seed only', () => {
    const a = runIdentity({ type: 'EXPRESS', seed: 1 }).executionArn;
    const b = runIdentity({ type: 'EXPRESS', seed: 2 }).executionArn;
    expect(a).toMatch(/^arn:aws:states:us-east-1:123456789012:express:StateMachine:exec-00000001:[0-9a-f-]{36}$/);
    expect(b).not.toBe(a);
    runIdentity({});
    expect(runIdentity({ type: 'EXPRESS', seed: 1 }).executionArn).toBe(a);
  });
});
