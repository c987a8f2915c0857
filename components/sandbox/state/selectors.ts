// What the views derive from the sandbox's state. Pure functions of the state, so each is tested once and
// memoised by the hook.
import type { StateMachineDefinition } from '../../../lib/engine/types';
import { checkFaults, faultTargets, type FaultLine } from '../lib/faults';
import { nodeIdForDefPath } from '../lib/graph-model';
import { definitionKey, type SandboxState } from './sandbox-state';
import type { RunSettingsState, Staleness } from './run-state';

/** The validation belongs to the text and execution type on screen. */
export function validationIsCurrent(state: SandboxState): boolean {
  return state.validation !== null && state.validation.text === state.definition && state.validation.type === state.settings.type;
}

/** The graph node selected by a click, or by the cursor in the definition's source. */
export function selectedNodeId(state: SandboxState): string | undefined {
  const s = state.selection;
  if (!s) return undefined;
  if (s.by === 'node') return state.graph.model.byId.has(s.id) ? s.id : undefined;
  // Right after an edit the source map still belongs to the previous text for a moment; a newer one
  // resolves the same cursor again.
  const map = state.validation?.sourceMap;
  const id = map ? nodeIdForDefPath(map.pathAt(s.line, s.column)) : undefined;
  return id && state.graph.model.byId.has(id) ? id : undefined;
}

export interface FaultCheck {
  faults: FaultLine[];
  errors: { line: number; message: string }[];
}

/** Fault lines checked against a definition's states (syntax only while there is no definition). */
export function checkFaultsAgainst(faults: string, definition: StateMachineDefinition | undefined): FaultCheck {
  return checkFaults(faults, definition ? faultTargets(definition) : undefined);
}

/** The fault lines, checked against the states of the last validated definition. */
export function faultCheck(state: SandboxState): FaultCheck {
  return checkFaultsAgainst(state.settings.faults, state.validation?.definition);
}

/** Test cases of the mock config (the first state machine's), for the select. */
export function mockTestCases(state: SandboxState): string[] {
  const machines = (state.account.mocks as { StateMachines?: Record<string, { TestCases?: Record<string, unknown> }> } | undefined)?.StateMachines;
  const first = machines ? Object.values(machines)[0] : undefined;
  return first?.TestCases ? Object.keys(first.TestCases) : [];
}

export type RunBlocker = 'checking' | 'definition' | 'faults' | null;

/** Why Run is disabled, or null when it may run. */
export function runBlocker(state: SandboxState, faults: FaultCheck): RunBlocker {
  if (state.validation === null) return 'checking';
  if (state.validation.errorCount > 0 || !state.validation.definition) return 'definition';
  if (faults.errors.length > 0) return 'faults';
  return null;
}

const sameSettings = (a: RunSettingsState, b: RunSettingsState) =>
  a.type === b.type && a.seed === b.seed && a.faults.trim() === b.faults.trim() && a.testCase === b.testCase && a.record === b.record;

/**
 * Whether the run on screen still describes what is on screen. Judged against the last validation (not the
 * text typed a moment ago, which is not checked yet), so the mark appears once an edit has been validated
 * and Format or Convert (same definition, new text) never set it.
 */
export function staleness(state: SandboxState): Staleness {
  const run = state.run;
  if (run.status !== 'done') return null;
  const v = state.validation;
  const key = v ? definitionKey(v, v.text) : `text:${state.definition}`;
  if (key !== run.basis.definitionKey) return 'definition';
  if (state.input.trim() !== run.basis.input.trim()) return 'input';
  if (!sameSettings(state.settings, run.basis.settings)) return 'settings';
  return null;
}
