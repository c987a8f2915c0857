// Pass: hands its input (or its fixed Result) on, through the usual data-flow fields.

import type { StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';

export const passState: StateHandler<'Pass'> = {
  kind: 'sync',
  // Nothing to evaluate (no InputPath, Parameters, Result, ResultSelector, ResultPath, OutputPath or Assign):
  // the output is the input, so the run loop skips the visit. A trace still records each step the long way.
  forwardsInput: (state) => state.plain,
  run(visit, input) {
    const flow = dataFlowFor(visit);
    const def = visit.state.def;
    const effective = flow.effectiveInput(visit, input, true);
    const result = def.Result !== undefined ? def.Result : effective;
    return { output: flow.output(visit, input, result, false), next: visit.state.next };
  },
};
