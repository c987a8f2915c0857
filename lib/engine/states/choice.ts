// Choice: the first rule that matches picks Next, else Default, else States.NoChoiceMatched.

import type { JsonObject } from '../types';
import { StatesError } from '../errors';
import type { StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';
import { STATES_ERRORS } from '../asl/errors';

export const choiceState: StateHandler = {
  kind: 'sync',
  run(visit, input) {
    const flow = dataFlowFor(visit);
    const def = visit.state.def;
    const effective = flow.inputPath(visit, input);
    const rules = (def.Choices as JsonObject[] | undefined) ?? [];
    let next: string | undefined;
    let matched: JsonObject | undefined;
    for (const rule of rules) {
      if (flow.condition(visit, rule, effective)) {
        next = rule.Next as string;
        matched = rule;
        break;
      }
    }
    if (next === undefined) next = def.Default as string | undefined;
    if (next === undefined) {
      throw new StatesError(STATES_ERRORS.NoChoiceMatched, `No Choice Rule matched and no Default was given in the Choice state '${visit.state.name}'.`);
    }
    // A matched rule's Assign/Output apply; the state's own only when Default is taken.
    return { output: flow.choiceOutput(visit, effective, matched), next };
  },
};
