// The one-item page's list of attempts, kept in step with the answers given on it without a page render.
import { describe, expect, it } from 'vitest';
import { ATTEMPTS_SHOWN, withAttempt, type AttemptSummary } from './attempt-list';
import { summary } from './runner-answers';

const attempt = (id: string, correct = false): AttemptSummary => ({ id, seed: 1, correct, timeTakenMs: 1000, mode: 'practice', createdAt: new Date('2026-12-03T05:00:00Z') });

describe('the list of attempts on the one-item page', () => {
  it('puts an attempt just recorded first', () => {
    const list = withAttempt([attempt('a1')], attempt('a2', true));
    expect(list.map((a) => [a.id, a.correct])).toEqual([
      ['a2', true],
      ['a1', false],
    ]);
  });

  it('lists a repeated answer (the same attempt id) once', () => {
    const list = [attempt('a2'), attempt('a1')];
    expect(withAttempt(list, attempt('a2'))).toBe(list);
  });

  it('keeps as many as the page reads from the database', () => {
    const full = Array.from({ length: ATTEMPTS_SHOWN }, (_, i) => attempt(`old-${i}`));
    const list = withAttempt(full, attempt('new'));
    expect(list).toHaveLength(ATTEMPTS_SHOWN);
    expect(list[0]?.id).toBe('new');
    expect(list.at(-1)?.id).toBe(`old-${ATTEMPTS_SHOWN - 2}`);
    // A class item's page lists fewer, each with the version answered.
    const classList = withAttempt(full.slice(0, 5), { ...attempt('new'), version: 3 }, 5);
    expect(classList.map((a) => a.id)).toEqual(['new', 'old-0', 'old-1', 'old-2', 'old-3']);
    expect(classList[0]?.version).toBe(3);
  });

  it('shows a recorded answer as the server stored it: the verdict, the seed, the time taken in whole ms up to an hour', () => {
    expect(summary({ seed: 42, timeTakenMs: 2_500.7, mode: 'exam' }, 'a9', true)).toMatchObject({ id: 'a9', seed: 42, correct: true, timeTakenMs: 2_501, mode: 'exam' });
    expect(summary({ seed: 42, timeTakenMs: 10 * 60 * 60 * 1000, mode: 'practice' }, 'a9', false).timeTakenMs).toBe(60 * 60 * 1000);
  });
});
