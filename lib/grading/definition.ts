// The learner's definition, read and validated for the scenario's execution type before anything runs. A
// definition that does not validate is answered with the validator's diagnostics (path and line), as AWS
// refuses it at CreateStateMachine.
import { parseDefinition } from '../engine/parse';
import type { Diagnostic, ExecutionType, StateDefinition, StateMachineDefinition } from '../engine/types';
import { MAX_DEFINITION_BYTES } from './types';

export type PreparedDefinition = { ok: true; definition: StateMachineDefinition; text: string } | { ok: false; diagnostics: Diagnostic[] };

const ZERO = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function prepareDefinition(definition: string | object, type: ExecutionType): PreparedDefinition {
  let text: string;
  if (typeof definition === 'string') text = definition;
  else {
    try {
      text = JSON.stringify(definition, null, 2) ?? '';
    } catch {
      text = '';
    }
  }
  // Measured before parsing: an oversized text is refused without being read.
  if (text.length > MAX_DEFINITION_BYTES || utf8Bytes(text) > MAX_DEFINITION_BYTES) {
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'DEFINITION_TOO_LARGE',
          message: `The definition is ${utf8Bytes(text).toLocaleString('en-US')} bytes; AWS accepts at most 1 MB (${MAX_DEFINITION_BYTES.toLocaleString('en-US')} bytes).`,
          path: [],
          range: ZERO,
        },
      ],
    };
  }
  const parsed = parseDefinition(text, { type });
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.definition || errors.length) return { ok: false, diagnostics: errors.length ? errors : parsed.diagnostics };
  return { ok: true, definition: parsed.definition, text };
}

/** Every state of a definition by name, nested ones (Parallel branches, Map processors) included. */
export function statesByName(definition: StateMachineDefinition): Map<string, StateDefinition> {
  const out = new Map<string, StateDefinition>();
  const walk = (machine: unknown) => {
    if (!machine || typeof machine !== 'object') return;
    const states = (machine as { States?: unknown }).States;
    if (!states || typeof states !== 'object') return;
    for (const [name, state] of Object.entries(states as Record<string, StateDefinition>)) {
      if (!out.has(name)) out.set(name, state);
      if (!state || typeof state !== 'object') continue;
      if (Array.isArray(state.Branches)) for (const branch of state.Branches) walk(branch);
      walk(state.ItemProcessor);
      walk(state.Iterator);
    }
  };
  walk(definition);
  return out;
}
