// The learner's cards beside the current one: today's queue, the backlog (over the daily cap) and what is
// coming up, each with when it is due.
import { describeInterval, type ReviewKind, type ReviewReason } from '@/lib/review';

export interface ListedCard {
  id: string;
  due: Date;
  title: string;
  kind: ReviewKind;
  reason: ReviewReason;
  reps: number;
}

const MAX_LISTED = 12;

export function ReviewLists({ today, backlog, upcoming, now, currentId }: { today: ListedCard[]; backlog: ListedCard[]; upcoming: ListedCard[]; now: Date; currentId?: string }) {
  return (
    <aside className="min-w-0 space-y-6" aria-label="Your review cards">
      <CardList id="today" title="Today’s queue" cards={today} empty="Nothing left for today." when={(c) => dueSince(c.due, now)} currentId={currentId} />
      {backlog.length > 0 && (
        <CardList
          id="backlog"
          title="Backlog"
          note="Due, but over today’s limit, so a break does not turn into a wall of cards. Oldest first."
          cards={backlog}
          empty=""
          when={(c) => `overdue by ${describeInterval(c.due, now)}`}
          currentId={currentId}
        />
      )}
      <CardList id="upcoming" title="Coming up" cards={upcoming} empty="No other cards yet." when={(c) => `in ${describeInterval(now, c.due)}`} currentId={currentId} />
    </aside>
  );
}

function CardList({ id, title, note, cards, empty, when, currentId }: { id: string; title: string; note?: string; cards: ListedCard[]; empty: string; when: (c: ListedCard) => string; currentId?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title} <span className="text-sm font-normal text-muted">({cards.length})</span>
      </h2>
      {note && <p className="mt-1 text-sm text-muted">{note}</p>}
      {cards.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-2 space-y-1.5 text-sm" data-testid={`review-${id}`}>
          {cards.slice(0, MAX_LISTED).map((c) => (
            <li key={c.id} className="flex flex-wrap justify-between gap-x-3 rounded-lg border border-border bg-surface px-3 py-2" aria-current={c.id === currentId ? 'true' : undefined}>
              <span className="min-w-0 break-words font-medium">
                {c.title} <span className="font-normal text-muted">· {c.kind === 'scenario' ? 'scenario' : c.kind === 'class-quiz' ? 'class question' : 'question'}</span>
              </span>
              <span className="tabular-nums text-muted">{when(c)}</span>
            </li>
          ))}
          {cards.length > MAX_LISTED && <li className="text-muted">and {cards.length - MAX_LISTED} more</li>}
        </ul>
      )}
    </section>
  );
}

/** "due 5 min ago", or "due now" for a card that came due within the minute; nothing for one due later today. */
function dueSince(due: Date, now: Date): string {
  if (due > now) return '';
  const since = describeInterval(due, now);
  return since === 'now' ? 'due now' : `due ${since} ago`;
}
