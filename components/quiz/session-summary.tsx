import Link from 'next/link';
import type { QuizState } from './quiz-state';
import { score } from './quiz-state';
import { OptionReviews, ResultView, Working } from './result-view';
import { InlineText } from './inline-text';

/** The end of a session: the score, then every question with its verdict and arithmetic. */
export function SessionSummary({ state, lessonTitles, newSessionHref }: { state: QuizState; lessonTitles: Record<string, string>; newSessionHref?: string }) {
  const { right, graded, total } = score(state);
  const share = graded === 0 ? 0 : Math.round((100 * right) / graded);
  return (
    <section aria-labelledby="summary-title">
      <div className="rounded-2xl border border-border bg-surface p-5 sm:p-7">
        <h2 id="summary-title" className="text-2xl font-bold tracking-tight" tabIndex={-1}>
          {right} of {total} right
        </h2>
        <p className="mt-1 text-muted">
          {graded < total ? `${total - graded} question${total - graded === 1 ? '' : 's'} not answered. ` : ''}
          {share >= 80 ? 'Strong work.' : share >= 50 ? 'Good progress: read the arithmetic of the ones you missed.' : 'Read the explanations below, then try a new set.'}
        </p>
        <ScoreBar right={right} graded={graded} total={total} />
        <div className="mt-5 flex flex-wrap gap-3">
          {newSessionHref && (
            <Link href={newSessionHref} className="btn btn-primary">
              Try a new set with new numbers
            </Link>
          )}
          <Link href="/practice/quizzes" className="btn btn-secondary">
            All quizzes
          </Link>
        </div>
      </div>
      <ol className="mt-6 space-y-4">
        {state.entries.map((e, i) => (
          <li key={i} className="rounded-2xl border border-border bg-surface p-4 sm:p-6">
            <details open={e.verdict ? !e.verdict.correct : false}>
              <summary className="cursor-pointer">
                <span className="font-semibold">
                  {i + 1}. {e.question.title}
                </span>{' '}
                <span className={e.verdict ? (e.verdict.correct ? 'text-success' : 'text-danger') : 'text-muted'}>
                  {e.verdict ? (e.verdict.correct ? '✓ right' : '✗ wrong') : e.error ? `not graded: ${e.error}` : 'not answered'}
                </span>
              </summary>
              <p className="mt-3">
                <InlineText text={e.question.prompt} />
              </p>
              {e.verdict && (
                <div className="mt-4">
                  <ResultView verdict={e.verdict} headingId={`summary-result-${i}`} />
                  <Working verdict={e.verdict} />
                  <OptionReviews verdict={e.verdict} />
                </div>
              )}
              <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {e.question.params && <Link href={`/practice/quizzes/item/${e.question.itemId}`}>Practise this one with new numbers</Link>}
                {lessonTitles[e.question.lesson] && <Link href={`/learn/${e.question.lesson}`}>Lesson: {lessonTitles[e.question.lesson]}</Link>}
              </p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

function ScoreBar({ right, graded, total }: { right: number; graded: number; total: number }) {
  const w = (n: number) => `${(100 * n) / Math.max(total, 1)}%`;
  return (
    <div className="mt-4">
      <div className="flex h-3 overflow-hidden rounded-full bg-surface-2" role="img" aria-label={`${right} right, ${graded - right} wrong, ${total - graded} not answered`}>
        <div className="bg-success" style={{ width: w(right) }} />
        <div className="bg-danger" style={{ width: w(graded - right) }} />
      </div>
      <p className="mt-1 flex flex-wrap gap-4 text-xs text-muted" aria-hidden="true">
        <span className="flex items-center gap-1">
          <span className="inline-block h-2.5 w-2.5 rounded-sm bg-success" /> right {right}
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block h-2.5 w-2.5 rounded-sm bg-danger" /> wrong {graded - right}
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block h-2.5 w-2.5 rounded-sm bg-surface-2 ring-1 ring-border" /> not answered {total - graded}
        </span>
      </p>
    </div>
  );
}
