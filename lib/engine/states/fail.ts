// Fail: ends the machine with Error/Cause (or ErrorPath/CausePath, which may also be intrinsic functions).
// It has an Entered event and no Exited event; with neither Error nor Cause the failure names neither.

import type { StateHandler } from '../runtime/state-handler';
import { RunFailure } from '../runtime/outcome';
import { dataFlowFor } from '../runtime/dataflow';

export const failState: StateHandler<'Fail'> = {
  kind: 'sync',
  run(visit, input) {
    const { error, cause } = dataFlowFor(visit).failFields(visit, input);
    throw new RunFailure(error, cause);
  },
};
