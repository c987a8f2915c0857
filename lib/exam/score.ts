// The result of an exam: score, and the breakdown by domain and by topic.

import type { TopicId } from '../content/catalog';

export interface GradedEntry {
  domain: number;
  topics: readonly TopicId[];
  /** null: not answered before the deadline (counts as wrong). */
  correct: boolean | null;
}

export interface Tally {
  right: number;
  total: number;
}

export interface ExamScore {
  right: number;
  total: number;
  /** 0 to 100, rounded. */
  percent: number;
  byDomain: Record<number, Tally>;
  byTopic: Partial<Record<TopicId, Tally>>;
}

export function scoreExam(entries: readonly GradedEntry[]): ExamScore {
  const byDomain: Record<number, Tally> = {};
  const byTopic: Partial<Record<TopicId, Tally>> = {};
  let right = 0;
  for (const e of entries) {
    const ok = e.correct === true ? 1 : 0;
    right += ok;
    const d = (byDomain[e.domain] ??= { right: 0, total: 0 });
    d.right += ok;
    d.total += 1;
    for (const t of e.topics) {
      const x = (byTopic[t] ??= { right: 0, total: 0 });
      x.right += ok;
      x.total += 1;
    }
  }
  return { right, total: entries.length, percent: entries.length ? Math.round((100 * right) / entries.length) : 0, byDomain, byTopic };
}
