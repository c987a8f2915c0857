import type { ListedAttempt } from '@/components/quiz/attempt-list';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** A learner's recent answers to a class's own quiz item, with the version of the item each answered. */
export function ClassAnswerList({ attempts }: { attempts: ListedAttempt[] }) {
  if (attempts.length === 0) return <p className="mt-2 text-sm text-muted">None yet.</p>;
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {attempts.map((a) => (
        <li key={a.id} className="flex flex-wrap gap-x-3">
          <span className="tabular-nums">{dateFormat.format(a.createdAt)} UTC</span>
          <span className={a.correct ? 'font-semibold text-success' : ''}>{a.correct ? 'right' : 'not right'}</span>
          {a.version !== null && a.version !== undefined && <span className="text-muted">version {a.version}</span>}
        </li>
      ))}
    </ul>
  );
}
