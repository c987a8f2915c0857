// A deliberately tiny interpreter for Pass/Choice/Succeed/Fail machines, used only by the corpus tests of the
// expression modules (the real interpreter lives elsewhere). It lets those tests check InputPath,
// Parameters, intrinsic functions, ResultPath, OutputPath and Choice rules against what AWS recorded.

import { evaluateChoiceRule } from '../../choice/evaluate';
import { isStatesError } from '../../errors';
import { applyInputPath, applyOutputPath, applyResultPath } from '../../path-fields';
import { resolvePayloadTemplate } from '../../payload-template';
import { createRandom } from '../../random';
import type { JsonObject, JsonValue } from '../../types';
import type { ExpressionEnv } from '../env';
import { resolveExpression } from '../reference';

export interface CorpusCase {
  id: string;
  tags: string[];
  definition: { StartAt: string; States: Record<string, JsonObject> };
  input: JsonValue;
  context: Record<string, string>;
  expected: { status: string; output?: JsonValue; error?: string; cause?: string };
}

export interface MiniResult {
  status: 'SUCCEEDED' | 'FAILED';
  output?: JsonValue;
  error?: string;
  cause?: string;
}

export function miniRun(c: CorpusCase): MiniResult {
  const rnd = createRandom(1);
  const execution = {
    Id: c.context.executionArn!,
    Input: c.input,
    Name: c.context.executionName!,
    RoleArn: c.context.roleArn!,
    StartTime: c.context.startTime!,
    RedriveCount: 0,
  };
  const stateMachine = { Id: c.context.stateMachineArn!, Name: c.context.stateMachineName! };
  let name = c.definition.StartAt;
  let input = c.input;
  let eventId = 2;
  for (let steps = 0; steps < 1000; steps++) {
    const s = c.definition.States[name]!;
    const context: JsonObject = {
      Execution: execution,
      StateMachine: stateMachine,
      // AWS-recorded: a Pass/Choice state's $$.State has Name and EnteredTime only (no RetryCount).
      State: { Name: name, EnteredTime: c.context.startTime! },
    };
    const env: ExpressionEnv = { input, context, random: () => rnd.next(), uuid: () => rnd.uuid() };
    let next: string | undefined;
    try {
      const eff = applyInputPath(s.InputPath as string | null | undefined, input, env);
      const effEnv = { ...env, input: eff };
      if (s.Type === 'Pass') {
        const result = s.Parameters !== undefined ? resolvePayloadTemplate(s.Parameters, effEnv, 'Parameters') : 'Result' in s ? s.Result! : eff;
        input = applyOutputPath(s.OutputPath as string | undefined, applyResultPath(input, s.ResultPath as string | null | undefined, result), env);
        next = s.Next as string | undefined;
      } else if (s.Type === 'Choice') {
        const hit = (s.Choices as JsonObject[]).find((r) => evaluateChoiceRule(r, effEnv));
        next = (hit?.Next ?? s.Default) as string | undefined;
        if (next === undefined) return { status: 'FAILED', error: 'States.NoChoiceMatched' };
        input = applyOutputPath(s.OutputPath as string | undefined, eff, env);
      } else if (s.Type === 'Succeed') {
        return { status: 'SUCCEEDED', output: applyOutputPath(s.OutputPath as string | undefined, eff, env) };
      } else {
        const error = s.ErrorPath ? resolveExpression(s.ErrorPath as string, effEnv, 'ErrorPath') : s.Error;
        const cause = s.CausePath ? resolveExpression(s.CausePath as string, effEnv, 'CausePath') : s.Cause;
        const r: MiniResult = { status: 'FAILED' };
        if (error !== undefined) r.error = String(error);
        if (cause !== undefined) r.cause = String(cause);
        return r;
      }
    } catch (e) {
      if (!isStatesError(e)) throw e;
      return {
        status: 'FAILED',
        error: e.error,
        cause: `An error occurred while executing the state '${name}' (entered at the event id #${eventId}). ${e.causeText ?? ''}`,
      };
    }
    if (s.End === true || next === undefined) return { status: 'SUCCEEDED', output: input };
    name = next;
    eventId += 2;
  }
  throw new Error('too many steps');
}

/** The runner's cause normalisation: a quoted JSON object in a cause becomes a placeholder. */
export const normaliseCause = (cause: string | undefined): string | undefined =>
  cause?.replace(/'(\{.*\})'/, "'<json-input>'");
