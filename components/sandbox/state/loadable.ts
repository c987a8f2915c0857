// What a sandbox loads: from its props (a lesson's or the page's own definition), from an example, or back
// to the original with Reset.
import type { ExecutionType } from '../../../lib/engine/types';
import { toText } from '../lib/text-format';
import { DEFAULT_SEED } from '../lib/url-state';
import type { SandboxExample, SandboxProps, SimulatedAccount } from '../types';
import type { Loadable } from './sandbox-state';
import type { RunSettingsState } from './run-state';

export const DEFAULT_DEFINITION = `{
  "Comment": "Say hello, then decide",
  "StartAt": "Hello",
  "States": {
    "Hello": { "Type": "Pass", "Result": "Hello", "ResultPath": "$.greeting", "Next": "Decide" },
    "Decide": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.name", "IsPresent": true, "Next": "Done" }],
      "Default": "NoName"
    },
    "NoName": { "Type": "Fail", "Error": "NoName", "Cause": "The input has no name" },
    "Done": { "Type": "Succeed" }
  }
}
`;
export const DEFAULT_INPUT = '{\n  "name": "Ada"\n}\n';

type AccountFields = Pick<SandboxExample, 'mocks' | 'world' | 'generatedWorld' | 'maxTransitions' | 'budgetMs'>;

/** The simulated account of an example or of a sandbox's props, without the fields they leave out. */
export function accountOf(p: AccountFields, exampleId?: string): SimulatedAccount {
  return {
    ...(exampleId !== undefined ? { exampleId } : {}),
    ...(p.mocks ? { mocks: p.mocks } : {}),
    ...(p.world ? { world: p.world } : {}),
    ...(p.generatedWorld ? { generatedWorld: p.generatedWorld } : {}),
    ...(p.maxTransitions ? { maxTransitions: p.maxTransitions } : {}),
    ...(p.budgetMs ? { budgetMs: p.budgetMs } : {}),
  };
}

export function settingsOf(p: { type?: ExecutionType | undefined; faults?: string | undefined; testCase?: string | undefined; record?: boolean | undefined }): RunSettingsState {
  return { type: p.type ?? 'STANDARD', seed: DEFAULT_SEED, faults: p.faults ?? '', testCase: p.testCase ?? '', record: p.record ?? true };
}

export function loadableFromProps(props: SandboxProps): Loadable {
  return {
    definition: toText(props.definition, DEFAULT_DEFINITION),
    input: toText(props.input, DEFAULT_INPUT),
    settings: settingsOf(props),
    account: accountOf(props),
  };
}

export function loadableFromExample(example: SandboxExample): Loadable {
  return {
    definition: toText(example.definition, ''),
    input: toText(example.input, '{}\n'),
    settings: settingsOf(example),
    account: accountOf(example, example.id),
  };
}
