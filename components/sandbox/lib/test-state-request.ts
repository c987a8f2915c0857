// "Test this state": the TestState request for a node of the graph. A top-level state is tested inside its
// state machine (its QueryLanguage applies); a state inside a Map or Parallel is tested on its own, with
// the query language it inherits, as AWS's TestState takes a single state's definition.
import type { JsonObject, JsonValue, StateMachineDefinition } from '../../../lib/engine/types';
import type { InspectionLevel, TestStateInput, TestStateMock } from '../../../lib/engine';
import type { PathKey } from './graph-model';

export const INSPECTION_LEVELS: readonly InspectionLevel[] = ['INFO', 'DEBUG', 'TRACE'];
export type MockKind = 'none' | 'result' | 'error';

export interface TestStateForm {
  input: string;
  level: InspectionLevel;
  mock: MockKind;
  mockResult: string;
  mockError: string;
  mockCause: string;
}

/** The request, or the field that is wrong and why (nothing is sent then). */
export type Built = { ok: true; request: TestStateInput } | { ok: false; field: 'input' | 'mockResult' | 'mockError' | 'state'; message: string };

function parseJson(text: string, empty: JsonValue): { value?: JsonValue; message?: string } {
  if (!text.trim()) return { value: empty };
  try {
    return { value: JSON.parse(text) as JsonValue };
  } catch (e) {
    return { message: e instanceof Error ? e.message : String(e) };
  }
}

/** The state at `defPath` (['States', 'A'] or ['States', 'M', 'ItemProcessor', 'States', 'B']) and its query language. */
function stateAt(definition: StateMachineDefinition, defPath: PathKey[]): { state?: JsonObject; queryLanguage?: string } {
  let node: unknown = definition;
  let queryLanguage: string | undefined = typeof definition.QueryLanguage === "string" ? definition.QueryLanguage : undefined;
  for (const key of defPath) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return {};
    node = (node as Record<PathKey, unknown>)[key];
    const ql = node !== null && typeof node === 'object' ? (node as { QueryLanguage?: unknown }).QueryLanguage : undefined;
    if (typeof ql === 'string') queryLanguage = ql;
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return {};
  return { state: node as JsonObject, ...(queryLanguage !== undefined ? { queryLanguage } : {}) };
}

export function buildTestStateRequest(definition: StateMachineDefinition, defPath: PathKey[], stateName: string, form: TestStateForm): Built {
  const input = parseJson(form.input, {});
  if (input.message !== undefined) return { ok: false, field: 'input', message: `The input is not valid JSON: ${input.message}` };
  let mock: TestStateMock | undefined;
  if (form.mock === 'result') {
    const result = parseJson(form.mockResult, null);
    if (result.message !== undefined) return { ok: false, field: 'mockResult', message: `The mocked result is not valid JSON: ${result.message}` };
    mock = { result: result.value! };
  } else if (form.mock === 'error') {
    if (!form.mockError.trim()) return { ok: false, field: 'mockError', message: 'Name the error the mock answers with, e.g. States.TaskFailed.' };
    mock = { errorOutput: { error: form.mockError.trim(), ...(form.mockCause.trim() ? { cause: form.mockCause } : {}) } };
  }
  const common = { input: input.value!, inspectionLevel: form.level, ...(mock !== undefined ? { mock } : {}) };
  if (defPath.length === 2) return { ok: true, request: { definition, stateName, ...common } };
  const found = stateAt(definition, defPath);
  if (found.state === undefined) return { ok: false, field: 'state', message: `The state ${stateName} is not in the checked definition.` };
  const state = found.queryLanguage !== undefined && found.state.QueryLanguage === undefined ? { ...found.state, QueryLanguage: found.queryLanguage } : found.state;
  return { ok: true, request: { definition: state as TestStateInput['definition'], stateName, ...common } };
}
