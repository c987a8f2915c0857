import type { Verdict } from '@/lib/quiz/types';
import { CostChart } from './cost-chart';
import { InlineText } from './inline-text';

const RESTRUCTURE_HEADINGS = {
  invalid: 'The definition does not validate',
  failed: 'The run did not succeed',
  'output-changed': 'The output changed',
  'too-expensive': 'Still over the target',
  passed: 'Same output, under the target',
} as const;

/** What the server said about an answer: right or not, why, and the arithmetic behind the right answer. */
export function ResultView({ verdict, headingId }: { verdict: Verdict; headingId: string }) {
  const review = verdict.restructure;
  return (
    <div className={`rounded-xl border p-4 sm:p-5 ${verdict.correct ? 'border-success bg-success-soft' : 'border-danger bg-danger-soft'}`}>
      <h3 id={headingId} className="flex items-center gap-2 text-xl font-bold">
        <span aria-hidden="true">{verdict.correct ? '✓' : '✗'}</span>
        {verdict.correct ? 'Correct' : 'Not quite'}
      </h3>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-[0.95rem] sm:grid-cols-[auto_1fr]">
        <dt className="text-muted">Your answer</dt>
        <dd className="break-words font-medium">{verdict.yourAnswer}</dd>
        {!verdict.correct && (
          <>
            <dt className="text-muted">Right answer</dt>
            <dd className="break-words font-medium">{verdict.correctAnswer}</dd>
          </>
        )}
      </dl>
      {verdict.mistake && (
        <p className="mt-3 rounded-lg border-l-4 border-danger bg-surface px-3 py-2 text-[0.95rem]">
          <strong>{verdict.mistake.label}.</strong> {verdict.mistake.explanation}
        </p>
      )}
      {review && (
        <div className="mt-3 rounded-lg bg-surface px-3 py-2 text-[0.95rem]">
          <p className="font-semibold">{RESTRUCTURE_HEADINGS[review.status]}</p>
          <p className="mt-1">{review.message}</p>
          {review.diagnostics && review.diagnostics.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {review.diagnostics.map((d, i) => (
                <li key={i}>
                  Line {d.line}, column {d.column}: {d.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

/** The worked arithmetic, a line per step: what is computed, how, and the result. */
export function Working({ verdict }: { verdict: Verdict }) {
  if (verdict.working.length === 0 && !verdict.explanation) return null;
  return (
    <section className="mt-5" aria-label="The arithmetic">
      <h4 className="text-base font-semibold">{verdict.working.length > 0 ? 'The arithmetic' : 'Why'}</h4>
      {verdict.working.length > 0 && (
        <ol className="mt-2 divide-y divide-border rounded-xl border border-border bg-surface">
          {verdict.working.map((step, i) => (
            <li key={i} className="grid gap-x-4 px-3 py-2 text-[0.95rem] sm:grid-cols-[minmax(9rem,14rem)_1fr_auto] sm:items-baseline">
              <span className="text-muted">{step.label}</span>
              <span className="break-words font-mono text-[0.85rem]">{step.expression}</span>
              <span className="font-semibold tabular-nums sm:text-right">= {step.result}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-3 text-[0.95rem]">
        <InlineText text={verdict.explanation ?? verdict.summary} />
      </p>
      {verdict.designs && <CostChart designs={verdict.designs} />}
    </section>
  );
}

/** Every option with whether it was right, whether it was chosen, and why. */
export function OptionReviews({ verdict }: { verdict: Verdict }) {
  if (!verdict.options) return null;
  return (
    <section className="mt-5" aria-label="Every option explained">
      <h4 className="text-base font-semibold">Every option</h4>
      <ul className="mt-2 space-y-2">
        {verdict.options.map((o) => (
          <li key={o.key} className={`rounded-xl border px-3 py-2 ${o.correct ? 'border-success' : 'border-border'} bg-surface`}>
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-semibold">{o.key.toUpperCase()}.</span>
              <span className="min-w-0 flex-1 break-words">
                <InlineText text={o.text} />
              </span>
              <span className={`w-full text-sm font-medium sm:w-auto ${o.correct ? 'text-success' : 'text-muted'}`}>
                {o.correct ? 'right' : 'wrong'}
                {o.selected ? ', your choice' : ''}
              </span>
            </p>
            <p className="mt-1 text-[0.95rem] text-muted">
              <InlineText text={o.explanation} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
