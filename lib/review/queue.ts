// Today's review queue: the due cards, oldest first, up to a daily cap. Whatever is due beyond the cap is
// the backlog, shown apart so a learner back from a break sees a day's work, not a wall of cards.

/** Most cards reviewed in one (UTC) day through the queue; the backlog view can go past it on request. */
export const DAILY_REVIEW_CAP = 20;

export interface QueueCard {
  id: string;
  due: Date;
}

export interface ReviewQueue<C extends QueueCard> {
  /** Due now and within today's remaining allowance, most overdue first. */
  today: C[];
  /** Due now but over today's cap. */
  backlog: C[];
  /** Not yet due, soonest first. */
  upcoming: C[];
  /** Reviews done today and the cap they count against. */
  reviewedToday: number;
  cap: number;
}

/** Midnight UTC of `now`'s day: the cap counts reviews since then. */
export function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function buildQueue<C extends QueueCard>(cards: readonly C[], now: Date, reviewedToday: number, cap = DAILY_REVIEW_CAP): ReviewQueue<C> {
  const byDue = [...cards].sort((a, b) => a.due.getTime() - b.due.getTime() || a.id.localeCompare(b.id));
  const due = byDue.filter((c) => c.due.getTime() <= now.getTime());
  const room = Math.max(0, cap - reviewedToday);
  return {
    today: due.slice(0, room),
    backlog: due.slice(room),
    upcoming: byDue.filter((c) => c.due.getTime() > now.getTime()),
    reviewedToday,
    cap,
  };
}
