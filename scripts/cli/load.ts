// Reads a definition file (JSON or YAML) through the engine's parser, so the CLI reports the same
// diagnostics (syntax and validation), with line and column, as the editor does.

import { readFileSync } from 'node:fs';
import { parseDefinition } from '../../lib/engine';
import type { Diagnostic, StateMachineDefinition } from '../../lib/engine';

/** `type` EXPRESS also reports what Express workflows cannot use (.sync, .waitForTaskToken, activities). */
export function loadDefinition(file: string, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): { definition?: StateMachineDefinition; diagnostics: Diagnostic[] } {
  const text = readFileSync(file, 'utf8');
  return parseDefinition(text, { validate: true, type }) as { definition?: StateMachineDefinition; diagnostics: Diagnostic[] };
}

export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = `${file}:${d.range.start.line}:${d.range.start.column}`;
  const path = d.path.length ? ` at ${d.path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.')}` : '';
  const rule = d.rule !== undefined && d.rule !== d.code ? ` [${d.rule}]` : '';
  return `${where} ${d.severity} ${d.code}${rule}${path}: ${d.message}`;
}
