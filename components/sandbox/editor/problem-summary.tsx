// Under a definition editor: "Checking…", "No problems found." or the first problems, each a button that puts
// the editor's cursor on it. One copy for the scenario workbench and the exam's definition questions.
import type { RefObject } from 'react';
import type { Diagnostic } from '../../../lib/engine/types';
import { formatPath, type CodeEditorHandle } from './code-editor';
import { diagnosticCodes } from './diagnostic-codes';

const SHOWN = 6;

/** One problem: its line, message, where, our rule code and AWS's code. Also the sandbox's problem list. */
export function ProblemLine({ diagnostic: d }: { diagnostic: Diagnostic }) {
  const { rule, code } = diagnosticCodes(d);
  return (
    <>
      Line {d.range.start.line}: {d.message}{' '}
      <span className="sb-hint">
        (at {formatPath(d.path)}
        {rule !== undefined && (
          <>
            {'; rule '}
            <code>{rule}</code>
          </>
        )}
        {', AWS code '}
        <code>{code}</code>)
      </span>
    </>
  );
}

export function ProblemSummary({ checking, errors, editor }: { checking: boolean; errors: readonly Diagnostic[]; editor: RefObject<CodeEditorHandle | null> }) {
  return (
    <div className="sb-diag-summary" aria-live="polite">
      {checking ? (
        <span className="sb-hint">Checking…</span>
      ) : errors.length === 0 ? (
        <span className="sb-hint">No problems found.</span>
      ) : (
        <>
          <strong className="sb-error">
            {errors.length} problem{errors.length === 1 ? '' : 's'}
          </strong>
          <ul>
            {errors.slice(0, SHOWN).map((d, i) => (
              <li key={i}>
                <button type="button" onClick={() => editor.current?.selectRange(d.range)}>
                  <ProblemLine diagnostic={d} />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
