// Choice: the first rule that matches picks Next, else Default, else States.NoChoiceMatched.

import type { JsonObject } from '../types';
import { StatesError } from '../errors';
import type { StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';
import { evaluateChoiceRule } from '../choice/evaluate';

export const choiceState: StateHandler = {
  kind: 'sync',
  run(visit, input) {
    const flow = dataFlowFor(visit);
    const def = visit.state.def;
    const effective = flow.inputPath(visit, input);
    const rules = (def.Choices as JsonObject[] | undefined) ?? [];
    let next: string | undefined;
    for (const rule of rules) {
      visit.input = effective;
      if (evaluateChoiceRule(rule, visit)) {
        next = rule.Next as string;
        break;
      }
    }
    if (next === undefined) next = def.Default as string | undefined;
    if (next === undefined) {
      throw new StatesError('States.NoChoiceMatched', `No Choice Rule matched and no Default was given in the Choice state '${visit.state.name}'.`);
    }
    return { output: flow.outputPath(visit, effective), next };
  },
};
