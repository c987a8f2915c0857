// Pass: hands its input (or its fixed Result) on, through the usual data-flow fields.

import type { JsonValue } from '../types';
import type { StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';

export const passState: StateHandler = {
  kind: 'sync',
  run(visit, input) {
    const flow = dataFlowFor(visit);
    const def = visit.state.def;
    const effective = flow.effectiveInput(visit, input, true);
    const result = def.Result !== undefined ? (def.Result as JsonValue) : effective;
    return { output: flow.output(visit, input, result, false), next: visit.state.next };
  },
};
