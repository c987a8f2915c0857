// Activity over time: how many lessons, quiz answers and scenario submissions a learner did each day.

export const ACTIVITY_KINDS = ['lesson', 'quiz', 'scenario'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_LABELS: Record<ActivityKind, string> = {
  lesson: 'Lessons completed',
  quiz: 'Quiz answers',
  scenario: 'Scenario submissions',
};

export interface ActivityEvent {
  kind: ActivityKind;
  at: Date;
}

export interface ActivityDay {
  /** The UTC day, `YYYY-MM-DD`. */
  day: string;
  counts: Record<ActivityKind, number>;
  total: number;
}

export const ACTIVITY_DAYS = 14;
const DAY_MS = 86_400_000;

function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** One entry per UTC day for the `days` days ending with `now`'s day, oldest first; older events are left out. */
export function activityByDay(events: readonly ActivityEvent[], now: Date, days = ACTIVITY_DAYS): ActivityDay[] {
  if (!Number.isInteger(days) || days <= 0) throw new RangeError(`days must be a positive integer, got ${days}`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const byDay = new Map<string, ActivityDay>();
  const out: ActivityDay[] = [];
  for (let i = days - 1; i >= 0; i -= 1) {
    const day = utcDay(new Date(today - i * DAY_MS));
    const entry: ActivityDay = { day, counts: { lesson: 0, quiz: 0, scenario: 0 }, total: 0 };
    byDay.set(day, entry);
    out.push(entry);
  }
  for (const event of events) {
    const entry = byDay.get(utcDay(event.at));
    if (!entry) continue;
    entry.counts[event.kind] += 1;
    entry.total += 1;
  }
  return out;
}
