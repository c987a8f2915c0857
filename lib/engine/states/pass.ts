// Pass: hands its input (or its fixed Result) on, through the usual data-flow fields.

import type { StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';

export const passState: StateHandler<'Pass'> = {
  kind: 'sync',
  run(visit, input) {
    // Nothing to evaluate: the common teaching chain. A trace still records each step, so it takes the long way.
    if (visit.state.plain && visit.trace === undefined) return { output: input, next: visit.state.next };
    const flow = dataFlowFor(visit);
    const def = visit.state.def;
    const effective = flow.effectiveInput(visit, input, true);
    const result = def.Result !== undefined ? def.Result : effective;
    return { output: flow.output(visit, input, result, false), next: visit.state.next };
  },
};
