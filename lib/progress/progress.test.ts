import { describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../content/catalog';
import {
  activityByDay,
  continueTarget,
  LESSON_WEIGHT,
  masteryByDomain,
  masteryByTopic,
  masteryOf,
  PRACTICE_DECAY,
  type LessonFacts,
  type PracticeEvent,
} from './index';

const lesson = (slug: string, completed: boolean, topics: string[], exams: string[] = []): LessonFacts => ({ slug, completed, topics, exams });
const answer = (correct: boolean, minutesAgo: number, topics: string[], exams: string[] = [], kind: 'quiz' | 'scenario' = 'quiz'): PracticeEvent => ({
  kind,
  correct,
  at: new Date(Date.UTC(2026, 0, 10, 12) - minutesAgo * 60_000),
  topics,
  exams,
});

describe('masteryOf', () => {
  it('is zero and not started with no evidence', () => {
    expect(masteryOf([lesson('a', false, ['choice'])], [])).toEqual({
      percent: 0,
      level: 'not-started',
      lessonsCompleted: 0,
      lessonsTotal: 1,
      practiceAnswers: 0,
      practicePercent: null,
    });
  });

  it('gives reading alone only the lesson share', () => {
    const m = masteryOf([lesson('a', true, ['choice']), lesson('b', false, ['choice'])], []);
    expect(m.percent).toBe(Math.round(100 * LESSON_WEIGHT * 0.5));
    expect(m.level).toBe('started');
  });

  it('reaches 100 with every lesson read and every answer right', () => {
    const m = masteryOf([lesson('a', true, ['choice'])], [answer(true, 1, ['choice']), answer(true, 2, ['choice'], [], 'scenario')]);
    expect(m).toMatchObject({ percent: 100, level: 'strong', practicePercent: 100, practiceAnswers: 2 });
  });

  it('weighs a recent answer more than an older one', () => {
    const recentRight = masteryOf([], [answer(true, 1, ['x']), answer(false, 10, ['x'])]);
    const recentWrong = masteryOf([], [answer(false, 1, ['x']), answer(true, 10, ['x'])]);
    expect(recentRight.percent).toBe(Math.round((100 * 1) / (1 + PRACTICE_DECAY)));
    expect(recentWrong.percent).toBe(Math.round((100 * PRACTICE_DECAY) / (1 + PRACTICE_DECAY)));
    expect(recentRight.percent).toBeGreaterThan(recentWrong.percent);
  });

  it('measures a subject no lesson teaches by practice alone', () => {
    expect(masteryOf([], [answer(true, 1, ['x']), answer(true, 2, ['x'])]).percent).toBe(100);
  });

  it('sorts the levels by percent', () => {
    const wrongOnly = masteryOf([lesson('a', true, ['x'])], [answer(false, 1, ['x'])]);
    expect(wrongOnly).toMatchObject({ percent: 20, level: 'started' });
    const half = masteryOf([lesson('a', true, ['x'])], [answer(true, 1, ['x']), answer(false, 2, ['x'])]);
    expect(half).toMatchObject({ percent: Math.round(100 * (0.2 + 0.8 / (1 + PRACTICE_DECAY))), level: 'developing' });
  });
});

describe('masteryByTopic', () => {
  it('lists every catalog topic and counts only what is tagged with it', () => {
    const rows = masteryByTopic(
      [lesson('c', true, ['choice']), lesson('p', false, ['parallel', 'choice'])],
      [answer(true, 1, ['choice']), answer(false, 2, ['parallel'])],
    );
    expect(rows.map((r) => r.topic)).toEqual(TOPIC_IDS);
    const choice = rows.find((r) => r.topic === 'choice')!;
    expect(choice).toMatchObject({ lessonsCompleted: 1, lessonsTotal: 2, practiceAnswers: 1, practicePercent: 100 });
    expect(choice.percent).toBe(Math.round(100 * (LESSON_WEIGHT * 0.5 + (1 - LESSON_WEIGHT))));
    const parallel = rows.find((r) => r.topic === 'parallel')!;
    expect(parallel).toMatchObject({ lessonsCompleted: 0, lessonsTotal: 1, practiceAnswers: 1, practicePercent: 0, percent: 0, level: 'started' });
    expect(rows.find((r) => r.topic === 'wait')).toMatchObject({ level: 'not-started', percent: 0 });
  });
});

describe('masteryByDomain', () => {
  it('folds tasks into their domain and ignores other exams and malformed tags', () => {
    const rows = masteryByDomain(
      'DEA-C01',
      [lesson('a', true, ['task'], ['DEA-C01 1.3', 'DVA-C02 1']), lesson('b', false, ['task'], ['DEA-C01 3'])],
      [answer(true, 1, ['task'], ['DEA-C01 1']), answer(false, 1, ['task'], ['DVA-C02 1']), answer(false, 1, ['task'], ['not a tag'])],
    );
    expect(rows.map((r) => r.domain)).toEqual([1, 2, 3, 4]);
    expect(rows[0]).toMatchObject({ exam: 'DEA-C01', name: 'Data Ingestion and Transformation', weight: 34, lessonsCompleted: 1, lessonsTotal: 1, practiceAnswers: 1, percent: 100 });
    expect(rows[1]).toMatchObject({ lessonsTotal: 0, practiceAnswers: 0, level: 'not-started' });
    expect(rows[2]).toMatchObject({ lessonsCompleted: 0, lessonsTotal: 1, percent: 0 });
  });
});

describe('activityByDay', () => {
  const now = new Date('2026-01-10T08:00:00Z');

  it('counts events per UTC day, oldest first, and drops those outside the window', () => {
    const days = activityByDay(
      [
        { kind: 'quiz', at: new Date('2026-01-10T00:00:00Z') },
        { kind: 'quiz', at: new Date('2026-01-10T07:59:00Z') },
        { kind: 'lesson', at: new Date('2026-01-09T23:59:59Z') },
        { kind: 'scenario', at: new Date('2026-01-08T12:00:00Z') },
        { kind: 'quiz', at: new Date('2026-01-07T23:59:59Z') },
      ],
      now,
      3,
    );
    expect(days).toEqual([
      { day: '2026-01-08', counts: { lesson: 0, quiz: 0, scenario: 1 }, total: 1 },
      { day: '2026-01-09', counts: { lesson: 1, quiz: 0, scenario: 0 }, total: 1 },
      { day: '2026-01-10', counts: { lesson: 0, quiz: 2, scenario: 0 }, total: 2 },
    ]);
  });

  it('returns empty days for no events and refuses a bad window', () => {
    expect(activityByDay([], now)).toHaveLength(14);
    expect(activityByDay([], now).every((d) => d.total === 0)).toBe(true);
    expect(() => activityByDay([], now, 0)).toThrow(RangeError);
  });
});

describe('continueTarget', () => {
  const order = ['one', 'two', 'three'];

  it('starts at the first lesson when nothing is done or opened', () => {
    expect(continueTarget(order, new Set(), null)).toEqual({ slug: 'one', reason: 'start' });
  });

  it('resumes the last lesson opened when it is not completed', () => {
    expect(continueTarget(order, new Set(['one']), 'three')).toEqual({ slug: 'three', reason: 'resume' });
    expect(continueTarget(order, new Set(), 'two')).toEqual({ slug: 'two', reason: 'resume' });
  });

  it('moves to the first lesson not completed when the last one opened is done or unknown', () => {
    expect(continueTarget(order, new Set(['one', 'two']), 'two')).toEqual({ slug: 'three', reason: 'next' });
    expect(continueTarget(order, new Set(['two']), 'no-such-lesson')).toEqual({ slug: 'one', reason: 'next' });
  });

  it('is null once every lesson is completed', () => {
    expect(continueTarget(order, new Set(order), 'one')).toBeNull();
  });
});
