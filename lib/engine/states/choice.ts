// Choice: the first rule that matches picks Next, else Default, else States.NoChoiceMatched.

import { StatesError } from '../errors';
import type { StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';
import { STATES_ERRORS } from '../asl/errors';
import type { ChoiceRule } from '../asl/states';

export const choiceState: StateHandler<'Choice'> = {
  kind: 'sync',
  run(visit, input) {
    const flow = dataFlowFor(visit);
    const def = visit.state.def;
    const effective = flow.inputPath(visit, input);
    const rules = def.Choices ?? [];
    let next: string | undefined;
    let matched: ChoiceRule | undefined;
    for (const rule of rules) {
      if (flow.condition(visit, rule, effective)) {
        next = rule.Next;
        matched = rule;
        break;
      }
    }
    if (next === undefined) next = def.Default;
    if (next === undefined) {
      throw new StatesError(STATES_ERRORS.NoChoiceMatched, `No Choice Rule matched and no Default was given in the Choice state '${visit.state.name}'.`);
    }
    // A matched rule's Assign/Output apply; the state's own only when Default is taken.
    return { output: flow.choiceOutput(visit, effective, matched), next };
  },
};
