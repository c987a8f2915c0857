// A diagnostic's two codes, as the editor's problem lists and lint tooltips show them: the rule of ours that
// reported it (lib/engine/asl/rules.ts, e.g. TRANSITIONS) and the code AWS answers with (mostly
// SCHEMA_VALIDATION_FAILED, kept for agreement with AWS). Parse errors have no rule.
import type { Diagnostic } from '../../../lib/engine/types';

export interface DiagnosticCodes {
  /** Our rule code, when it says more than AWS's code. */
  rule: string | undefined;
  /** AWS's code. */
  code: string;
}

export function diagnosticCodes(d: Pick<Diagnostic, 'code' | 'rule'>): DiagnosticCodes {
  return { rule: d.rule !== undefined && d.rule !== d.code ? d.rule : undefined, code: d.code };
}

/** One line of text for the lint tooltip: `rule TRANSITIONS · MISSING_TRANSITION_TARGET`. */
export function diagnosticCodesText(d: Pick<Diagnostic, 'code' | 'rule'>): string {
  const { rule, code } = diagnosticCodes(d);
  return rule === undefined ? code : `rule ${rule} · ${code}`;
}
