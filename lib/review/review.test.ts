import { describe, expect, it } from 'vitest';
import { materialize } from '../quiz/materialize';
import type { GeneratedItem } from '../quiz/types';
import { allowedRatings, nextShowingSeed, quizCardReason, scenarioCardReason, SLOW_ANSWER_MS } from './policy';
import { buildQueue, DAILY_REVIEW_CAP, startOfDay } from './queue';
import { describeInterval, newCardState, previewDue, rateCard } from './schedule';

const now = new Date('2026-12-02T09:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('which answers become cards', () => {
  it('makes a card of a wrong answer, of a slow right one, and not of a quick right one', () => {
    expect(quizCardReason({ correct: false, timeTakenMs: 1_000, type: 'single' })).toBe('wrong');
    expect(quizCardReason({ correct: true, timeTakenMs: SLOW_ANSWER_MS.single + 1, type: 'single' })).toBe('slow');
    expect(quizCardReason({ correct: true, timeTakenMs: SLOW_ANSWER_MS.single, type: 'single' })).toBeNull();
    // The same time is not slow for a restructure task, which is real design work.
    expect(quizCardReason({ correct: true, timeTakenMs: SLOW_ANSWER_MS.single + 1, type: 'restructure' })).toBeNull();
    expect(scenarioCardReason({ passed: false })).toBe('wrong');
    expect(scenarioCardReason({ passed: true })).toBeNull();
  });

  it('allows only Again after a wrong answer', () => {
    expect(allowedRatings(false)).toEqual([1]);
    expect(allowedRatings(true)).toEqual([1, 2, 3, 4]);
  });
});

describe('FSRS schedule', () => {
  it('starts due now and moves further out the better the rating', () => {
    const card = newCardState(now);
    expect(card.due.getTime()).toBe(now.getTime());
    expect(card.reps).toBe(0);
    const due = previewDue(card, now);
    expect(due[1].getTime()).toBeGreaterThan(now.getTime());
    expect(due[1].getTime()).toBeLessThan(due[3].getTime());
    expect(due[3].getTime()).toBeLessThanOrEqual(due[4].getTime());
    expect(due[2].getTime()).toBeLessThanOrEqual(due[3].getTime());
  });

  it('counts reviews and lapses, and grows the interval on repeated Good', () => {
    let card = newCardState(now);
    let at = now;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = rateCard(card, 3, at);
      intervals.push(card.due.getTime() - at.getTime());
      at = card.due;
    }
    expect(card.reps).toBe(4);
    expect(intervals[3]).toBeGreaterThan(intervals[1] as number);
    expect(intervals[3]).toBeGreaterThan(24 * 3600_000);
    const lapsed = rateCard(card, 1, at);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due.getTime() - at.getTime()).toBeLessThan(intervals[3] as number);
  });

  it('round-trips the state it stores (the same rating gives the same date)', () => {
    const card = rateCard(newCardState(now), 3, now);
    const stored = JSON.parse(JSON.stringify(card), (k, v) => (k === 'due' || k === 'lastReview') && v ? new Date(v) : v);
    expect(rateCard(stored, 4, minutes(20))).toEqual(rateCard(card, 4, minutes(20)));
  });

  it('describes intervals in words', () => {
    expect(describeInterval(now, minutes(10))).toBe('10 min');
    expect(describeInterval(now, minutes(60 * 5))).toBe('5 h');
    expect(describeInterval(now, minutes(60 * 24 * 3))).toBe('3 days');
    expect(describeInterval(now, now)).toBe('now');
  });
});

describe('seeds per showing', () => {
  it('never repeats the seed just shown, and gives a parametrized item new numbers', () => {
    expect(nextShowingSeed(5, () => 0)).toBe(0);
    expect(nextShowingSeed(0, () => 0)).toBe(1);
    const item: GeneratedItem = { id: 'x', type: 'numeric', category: 'cost', generator: 'free-tier-runs', title: 'T', lesson: 'what-a-run-costs', topics: ['pricing'], exams: ['SAA-C03 4'], source: { file: 'x', line: 1 } };
    let seed = 1234;
    const params = new Set<string>();
    for (let i = 0; i < 5; i++) {
      seed = nextShowingSeed(seed);
      params.add(JSON.stringify(materialize(item, seed).question.params));
    }
    expect(params.size).toBeGreaterThan(1);
  });
});

describe('daily queue', () => {
  const cards = Array.from({ length: 30 }, (_, i) => ({ id: `c${String(i).padStart(2, '0')}`, due: minutes(-100 + i * 5) }));

  it('takes the most overdue first, up to the cap, and leaves the rest in the backlog', () => {
    const q = buildQueue(cards, now, 0);
    expect(q.today).toHaveLength(DAILY_REVIEW_CAP);
    expect(q.today[0]?.id).toBe('c00');
    expect(q.backlog.map((c) => c.id)).toEqual(['c20']);
    expect(q.upcoming.map((c) => c.id)).toEqual(cards.slice(21).map((c) => c.id));
  });

  it('shrinks the allowance by the reviews already done today', () => {
    const q = buildQueue(cards, now, DAILY_REVIEW_CAP - 3);
    expect(q.today.map((c) => c.id)).toEqual(['c00', 'c01', 'c02']);
    expect(q.backlog).toHaveLength(18);
    expect(buildQueue(cards, now, DAILY_REVIEW_CAP + 5).today).toEqual([]);
  });

  it('counts the day from midnight UTC', () => {
    expect(startOfDay(now).toISOString()).toBe('2026-12-02T00:00:00.000Z');
  });
});
