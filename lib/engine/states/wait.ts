// Wait: moves the virtual clock (Seconds, Timestamp, SecondsPath, TimestampPath) - a year-long wait is
// instant. Bad values fail with States.Runtime in AWS's wording (recorded in the conformance corpus).

import type { StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';
import { sleep } from '../runtime/sleep';

export const waitState: StateHandler<'Wait'> = {
  kind: 'generator',
  *run(visit, input) {
    const flow = dataFlowFor(visit);
    const effective = flow.inputPath(visit, input);
    const ms = flow.waitMs(visit, effective);
    yield* sleep(ms);
    return { output: flow.outputPath(visit, effective), next: visit.state.next };
  },
};
