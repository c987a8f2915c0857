// What the scenario editor and the quiz item editor share below their files: the live checks with their
// problem list, the Save / Preview / Publish forms and the status lines that answer them, and the list of
// problems a save or a preview was refused for. Each editor says only what differs (labels, field names).
import type { ReactNode } from 'react';
import type { AuthoringProblem } from '../../lib/classes/authoring-state';
import type { Validation } from './scenario-editor-state';

type Status = { status: string; message?: string };

/** "file:line:column" of a problem, as the editor names its files. */
export type Where = (p: AuthoringProblem) => string;

/** The live validation's verdict and, when there are problems, a list that jumps to each. */
export function AuthoringChecks({ validation, what, valid, where, onJump }: { validation: Validation; what: string; valid: (title: string) => ReactNode; where: Where; onJump: (p: AuthoringProblem) => void }) {
  const problems = validation.status === 'problems' ? validation.problems : [];
  return (
    <section aria-labelledby="validation-heading" className="rounded-xl border border-border bg-surface p-4">
      <h2 id="validation-heading" className="text-lg font-semibold">
        Checks
      </h2>
      <div role="status" aria-live="polite" className="mt-1">
        {validation.status === 'checking' && <p className="text-muted">Checking the {what}…</p>}
        {validation.status === 'valid' && <p className="text-success">{valid(validation.title)}</p>}
        {validation.status === 'error' && <p className="text-danger">{validation.message}</p>}
        {validation.status === 'problems' && (
          <p className="text-danger">
            {problems.length} problem{problems.length === 1 ? '' : 's'} to fix:
          </p>
        )}
      </div>
      {problems.length > 0 && (
        <ul className="mt-2 grid gap-1 text-sm" aria-label={`Problems in the ${what}`}>
          {problems.map((p, i) => (
            <li key={i}>
              <button type="button" className="text-left underline decoration-dotted" onClick={() => onJump(p)}>
                <span className="font-mono">{where(p)}</span>
              </button>{' '}
              <span className="break-words">{p.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface AuthoringActionsProps {
  /** Whether anything is saved yet (then Save makes a new version and Publish appears). */
  saved: boolean;
  save: { action: (form: FormData) => void; pending: boolean; state: Status; problems?: AuthoringProblem[] | undefined };
  preview: { action: (form: FormData) => void; pending: boolean; pendingLabel: string };
  /** The latest saved version, with the hidden fields that name it (`scenarioId` or `itemId`, and `versionId`). */
  publish?: { action: (form: FormData) => void; pending: boolean; pendingLabel: string; state: Status; version: number; fields: Record<string, string>; note: string } | undefined;
  /** Unsaved changes: Publish waits for a save. */
  dirty: boolean;
  where: Where;
  /** A line shown while the preview runs, beside the status lines. */
  busy?: ReactNode;
}

/** Save, Preview and Publish, and the status lines and problems that answer them. */
export function AuthoringActions({ saved, save, preview, publish, dirty, where, busy }: AuthoringActionsProps) {
  const lines = [save.state, ...(publish ? [publish.state] : [])].filter((s) => s.status !== 'idle');
  return (
    <>
      <div className="flex flex-wrap items-start gap-3">
        <form action={save.action}>
          <button type="submit" className="btn btn-primary" disabled={save.pending}>
            {save.pending ? 'Saving…' : saved ? 'Save a new version' : 'Save'}
          </button>
        </form>
        <form action={preview.action}>
          <button type="submit" className="btn btn-secondary" disabled={preview.pending}>
            {preview.pending ? preview.pendingLabel : 'Preview'}
          </button>
        </form>
        {publish && (
          <form action={publish.action}>
            {Object.entries(publish.fields).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <button type="submit" className="btn btn-secondary" disabled={publish.pending || dirty} aria-describedby="publish-note">
              {publish.pending ? publish.pendingLabel : `Publish version ${publish.version}`}
            </button>
            <p id="publish-note" className="mt-1 text-xs text-muted">
              {dirty ? 'Save your changes first: only a saved version can be published.' : publish.note}
            </p>
          </form>
        )}
      </div>
      <div role="status" aria-live="polite" className="grid gap-1">
        {lines.map((s, i) => (
          <p key={i} className={s.status === 'error' ? 'text-danger' : 'text-success'}>
            {s.message}
          </p>
        ))}
        {preview.pending && busy}
      </div>
      {save.problems && save.problems.length > 0 && (
        <ul className="grid gap-1 text-sm text-danger" aria-label="Why it was not saved">
          {save.problems.map((p, i) => (
            <li key={i} className="break-words">
              <span className="font-mono">{where(p)}</span> {p.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Why the preview could not be drawn: each problem with where it is. */
export function PreviewProblems({ message, problems, where }: { message: string; problems: readonly AuthoringProblem[]; where: Where }) {
  return (
    <section role="alert" className="rounded-xl border border-danger bg-danger-soft p-4">
      <h2 className="text-lg font-semibold">{message}</h2>
      <ul className="mt-2 grid gap-1 text-sm">
        {problems.map((p, i) => (
          <li key={i} className="break-words">
            <span className="font-mono">{where(p)}</span> {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
