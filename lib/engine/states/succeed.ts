// Succeed: ends the machine (or the branch/iteration) successfully; InputPath and OutputPath still apply.

import type { StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';

export const succeedState: StateHandler<'Succeed'> = {
  kind: 'sync',
  run(visit, input) {
    const flow = dataFlowFor(visit);
    return { output: flow.outputPath(visit, flow.inputPath(visit, input)), next: undefined };
  },
};
