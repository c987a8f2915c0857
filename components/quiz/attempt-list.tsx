import Link from 'next/link';
import type { QuizAttemptRecord } from '@/lib/db/quiz-attempts';

/** What the list shows of an attempt: read from the database, or just recorded on this page. */
export type AttemptSummary = Pick<QuizAttemptRecord, 'id' | 'seed' | 'correct' | 'timeTakenMs' | 'mode' | 'createdAt'>;

/** An attempt in a list; a class's own item also says which version of it was answered. */
export type ListedAttempt = AttemptSummary & { version?: number | null };

/** How many recent attempts the one-item page lists. */
export const ATTEMPTS_SHOWN = 10;

/** An attempt just recorded on top of the list, once (a repeated request answers the same attempt), keeping `limit`. */
export function withAttempt(list: ListedAttempt[], attempt: ListedAttempt, limit = ATTEMPTS_SHOWN): ListedAttempt[] {
  if (list.some((a) => a.id === attempt.id)) return list;
  return [attempt, ...list].slice(0, limit);
}

// In UTC, said so: the list is rendered on the server and again in the browser, whose time zones differ.
const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function seconds(ms: number): string {
  return ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** A learner's recent attempts at one item, each linking to its review (the same numbers again). */
export function AttemptList({ attempts }: { attempts: AttemptSummary[] }) {
  if (attempts.length === 0) return <p className="mt-2 text-muted">No attempts yet. Your answers are saved here as you give them.</p>;
  return (
    <ol className="mt-3 divide-y divide-border rounded-xl border border-border bg-surface">
      {attempts.map((a) => (
        <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 px-3 py-2 text-[0.95rem]">
          <span className={a.correct ? 'font-medium text-success' : 'font-medium text-danger'}>{a.correct ? '✓ Right' : '✗ Wrong'}</span>
          <span className="text-sm text-muted">
            {when.format(a.createdAt)} UTC · {seconds(a.timeTakenMs)} · {a.mode === 'exam' ? 'exam style' : 'practice'}
          </span>
          <Link href={`/practice/quizzes/review/${a.id}`} className="text-sm">
            Review (seed {a.seed})
          </Link>
        </li>
      ))}
    </ol>
  );
}
