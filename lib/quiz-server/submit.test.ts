// The server grades from the item and the seed and never trusts the client: a payload that says it is
// right, or carries a forged verdict, is graded (and recorded) on its own merits.
import { describe, expect, it } from 'vitest';
import { materialize } from '../quiz/materialize';
import type { GeneratedItem, QuizItem } from '../quiz/types';
import { gradeRestructureBounded } from './bounded-restructure';
import { GuestLimitError } from '../learner/guest-limits';
import { submitQuizAttempt, submitQuizSession, type AttemptRow, type SubmitDeps } from './submit';

const items: Record<string, QuizItem> = {
  retries: {
    id: 'retries',
    type: 'single',
    category: 'cost',
    generator: 'linear-retries-monthly',
    title: 'R',
    lesson: 'what-a-run-costs',
    topics: ['pricing'],
    exams: ['SAA-C03 4'],
    source: { file: 'x.yaml', line: 1 },
  } satisfies GeneratedItem,
  typed: {
    id: 'typed',
    type: 'numeric',
    category: 'cost',
    generator: 'free-tier-runs',
    title: 'T',
    lesson: 'what-a-run-costs',
    topics: ['pricing'],
    exams: ['SAA-C03 4'],
    source: { file: 'x.yaml', line: 2 },
  } satisfies GeneratedItem,
  merge: {
    id: 'merge',
    type: 'restructure',
    category: 'cost',
    generator: 'restructure-merge-passes',
    title: 'M',
    lesson: 'pass-succeed-fail-and-data-flow',
    topics: ['pricing'],
    exams: ['SAA-C03 4'],
    source: { file: 'x.yaml', line: 3 },
  } satisfies GeneratedItem,
};

function deps(overrides: Partial<SubmitDeps> = {}): SubmitDeps & { rows: AttemptRow[] } {
  const rows: AttemptRow[] = [];
  return {
    rows,
    item: (id) => items[id],
    learnerId: async () => 'cjld2cjxh0000qzrmn831i7rn',
    record: async (row) => {
      rows.push(row);
      return { id: `attempt-${rows.length}` };
    },
    ...overrides,
  };
}

const wrongKey = (seed: number) => materialize(items.retries as QuizItem, seed).options?.find((o) => !o.correct)?.key as string;
const rightKey = (seed: number) => materialize(items.retries as QuizItem, seed).options?.find((o) => o.correct)?.key as string;

describe('submitQuizAttempt', () => {
  it('grades and records a right answer, with the seed and the time taken', async () => {
    const d = deps();
    const result = await submitQuizAttempt({ itemId: 'retries', seed: 77, answer: { kind: 'choice', keys: [rightKey(77)] }, timeTakenMs: 8_000, mode: 'practice' }, d);
    expect(result).toMatchObject({ status: 'graded', attemptId: 'attempt-1', verdict: { correct: true, itemId: 'retries', seed: 77 } });
    expect(d.rows).toEqual([{ learnerId: 'cjld2cjxh0000qzrmn831i7rn', itemId: 'retries', seed: 77, answer: { kind: 'choice', keys: [rightKey(77)] }, correct: true, timeTakenMs: 8_000, mode: 'practice' }]);
  });

  it('ignores what the client claims: a wrong key sent with "correct": true and a forged verdict is recorded as wrong', async () => {
    const d = deps();
    const result = await submitQuizAttempt(
      { itemId: 'retries', seed: 5, answer: { kind: 'choice', keys: [wrongKey(5)] }, timeTakenMs: 1, mode: 'practice', correct: true, verdict: { correct: true } },
      d,
    );
    expect(result).toMatchObject({ status: 'graded', verdict: { correct: false } });
    expect(d.rows[0]?.correct).toBe(false);
  });

  it('the same key is right for one seed and can be wrong for another: the numbers come from the seed', async () => {
    const seeds = Array.from({ length: 40 }, (_, s) => s);
    const seed = seeds.find((s) => rightKey(s) !== rightKey(0));
    if (seed === undefined) throw new Error('every seed put the answer in the same place');
    const d = deps();
    const result = await submitQuizAttempt({ itemId: 'retries', seed, answer: { kind: 'choice', keys: [rightKey(0)] }, timeTakenMs: 1, mode: 'exam' }, d);
    expect(result).toMatchObject({ status: 'graded', verdict: { correct: false } });
  });

  it('reads a typed number with the item’s unit and tells which mistake a wrong number matches', async () => {
    const m = materialize(items.typed as QuizItem, 3);
    const answer = m.numeric?.answer as number;
    expect(await submitQuizAttempt({ itemId: 'typed', seed: 3, answer: { kind: 'numeric', text: `${answer} runs` }, timeTakenMs: 1, mode: 'practice' }, deps())).toMatchObject({
      status: 'graded',
      verdict: { correct: true },
    });
    const slip = m.numeric?.wrong.find((w) => w.mistake === 'rounded-up-not-down') ?? m.numeric?.wrong[0];
    const wrong = await submitQuizAttempt({ itemId: 'typed', seed: 3, answer: { kind: 'numeric', text: String(slip?.value) }, timeTakenMs: 1, mode: 'practice' }, deps());
    expect(wrong).toMatchObject({ status: 'graded', verdict: { correct: false, mistake: { id: slip?.mistake } } });
  });

  it('answers field errors for bad input, and records nothing', async () => {
    const d = deps();
    const cases: [unknown, string, RegExp][] = [
      [{ itemId: 'nope', seed: 1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 1, mode: 'practice' }, 'itemId', /no quiz item/],
      [{ itemId: 'Bad Id', seed: 1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 1, mode: 'practice' }, 'itemId', /not an item id/],
      [{ itemId: 'retries', seed: -1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 1, mode: 'practice' }, 'seed', /not a seed/],
      [{ itemId: 'retries', seed: 1.5, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 1, mode: 'practice' }, 'seed', /not a seed/],
      [{ itemId: 'retries', seed: 1, answer: { kind: 'choice', keys: ['q'] }, timeTakenMs: 1, mode: 'practice' }, 'answer', /not an option key/],
      [{ itemId: 'retries', seed: 1, answer: { kind: 'choice', keys: [] }, timeTakenMs: 1, mode: 'practice' }, 'answer', /Pick an option/],
      [{ itemId: 'retries', seed: 1, answer: { kind: 'numeric', text: '3' }, timeTakenMs: 1, mode: 'practice' }, 'answer', /not answered with a number/],
      [{ itemId: 'typed', seed: 1, answer: { kind: 'numeric', text: 'lots' }, timeTakenMs: 1, mode: 'practice' }, 'answer', /not a number/],
      [{ itemId: 'retries', seed: 1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: -5, mode: 'practice' }, 'timeTakenMs', /negative/],
      [{ itemId: 'retries', seed: 1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 1, mode: 'cheat' }, 'mode', /practice or exam/],
    ];
    for (const [raw, field, message] of cases) {
      const result = await submitQuizAttempt(raw, d);
      expect(result.status, JSON.stringify(raw)).toBe('invalid');
      if (result.status === 'invalid') expect(result.fieldErrors[field as keyof typeof result.fieldErrors]?.join(' '), JSON.stringify(raw)).toMatch(message);
    }
    expect(await submitQuizAttempt('not even an object', d)).toMatchObject({ status: 'invalid', message: 'This answer could not be graded.' });
    expect(d.rows).toEqual([]);
  });

  it('caps the recorded time of an answer left open for hours', async () => {
    const d = deps();
    await submitQuizAttempt({ itemId: 'retries', seed: 1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 10 * 3600_000, mode: 'practice' }, d);
    expect(d.rows[0]?.timeTakenMs).toBe(3600_000);
  });

  it('says so when the answer was graded but could not be saved', async () => {
    const result = await submitQuizAttempt(
      { itemId: 'retries', seed: 1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 1, mode: 'practice' },
      deps({ record: async () => Promise.reject(new Error('database down')) }),
    );
    expect(result).toEqual({ status: 'error', message: 'Your answer was graded but could not be saved. Please try again.' });
  });

  it('passes on the guest rate limit\'s message (when to retry) and records nothing', async () => {
    const d = deps({ learnerId: async () => Promise.reject(new GuestLimitError(30_000)) });
    const result = await submitQuizAttempt({ itemId: 'retries', seed: 1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 1, mode: 'practice' }, d);
    expect(result).toEqual({ status: 'error', message: 'Too many new visitors from your network just now, so your progress was not saved. Try again in 1 minute.' });
    expect(d.rows).toEqual([]);
  });
});

describe('restructure answers on the server (bounded worker)', () => {
  it('grades a passing definition in the worker and records it', async () => {
    const m = materialize(items.merge as QuizItem, 4);
    const d = deps();
    const result = await submitQuizAttempt({ itemId: 'merge', seed: 4, answer: { kind: 'definition', text: JSON.stringify(m.restructure?.reference) }, timeTakenMs: 60_000, mode: 'practice' }, d);
    expect(result).toMatchObject({ status: 'graded', verdict: { correct: true, restructure: { status: 'passed', transitionsPerRun: 2 } } });
    expect(d.rows[0]).toMatchObject({ correct: true, answer: { kind: 'definition' } });
  }, 120_000);

  it('stops a run that takes too long at the wall-clock budget, from outside', async () => {
    const m = materialize(items.merge as QuizItem, 4);
    // Each pass evaluates a large JSONata expression; at a 300 ms budget the worker is terminated.
    const heavy = {
      QueryLanguage: 'JSONata',
      StartAt: 'Spin',
      States: {
        Spin: { Type: 'Pass', Output: '{% $count([1..5000000]) %}', Next: 'Again' },
        Again: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'Spin' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    };
    const { restructureTask } = await import('../quiz/restructure');
    const task = await restructureTask(m, JSON.stringify(heavy));
    const started = Date.now();
    const review = await gradeRestructureBounded(task, { timeoutMs: 300, maxHeapMb: 256 });
    expect(review.status).toBe('failed');
    expect(review.message).toMatch(/stopped after 0.3 s|needed more than/);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);
});

describe('submitQuizSession', () => {
  it('grades every answer of an exam-style session under its session id', async () => {
    const d = deps();
    const result = await submitQuizSession(
      {
        sessionId: 'session-abc-123',
        attempts: [
          { itemId: 'retries', seed: 1, answer: { kind: 'choice', keys: [rightKey(1)] }, timeTakenMs: 5 },
          { itemId: 'retries', seed: 2, answer: { kind: 'choice', keys: [wrongKey(2)] }, timeTakenMs: 6 },
        ],
      },
      d,
    );
    expect(result.status).toBe('graded');
    expect(d.rows.map((r) => [r.seed, r.correct, r.mode, r.sessionId])).toEqual([
      [1, true, 'exam', 'session-abc-123'],
      [2, false, 'exam', 'session-abc-123'],
    ]);
    expect(await submitQuizSession({ sessionId: 'x', attempts: [] }, d)).toMatchObject({ status: 'invalid', fieldErrors: { sessionId: ['not a session id'], attempts: ['answer at least one question'] } });
  });
});

describe('a repeated requestId (issue 16)', () => {
  const REQUEST = '0b6f1c7e-6a43-4f3e-9d55-3f1f4e2a9c11';

  /** A store keyed like the database's (learnerId, requestId) unique index. */
  function storeDeps() {
    const rows = new Map<string, AttemptRow & { id: string }>();
    let n = 0;
    const d = deps({
      record: async (row) => {
        const key = row.requestId ? `${row.learnerId}/${row.requestId}` : `none/${++n}`;
        const stored = rows.get(key);
        if (stored) return { id: stored.id, repeated: true, itemId: stored.itemId, seed: stored.seed, answer: stored.answer, correct: stored.correct };
        rows.set(key, { ...row, id: `attempt-${rows.size + 1}` });
        return { id: `attempt-${rows.size}` };
      },
    });
    return { d, rows };
  }

  it('sends the requestId to the store, and a repeat gets the same attempt and verdict with one row', async () => {
    const { d, rows } = storeDeps();
    const input = { itemId: 'retries', seed: 77, answer: { kind: 'choice', keys: [wrongKey(77)] }, timeTakenMs: 8_000, mode: 'practice', requestId: REQUEST };
    const first = await submitQuizAttempt(input, d);
    const again = await submitQuizAttempt({ ...input, timeTakenMs: 9_500 }, d);
    expect(first).toMatchObject({ status: 'graded', attemptId: 'attempt-1', verdict: { correct: false } });
    expect(first).not.toHaveProperty('repeated');
    expect(again).toEqual({ ...first, repeated: true });
    expect(rows.size).toBe(1);
    expect([...rows.values()][0]?.requestId).toBe(REQUEST);
  });

  it('refuses a requestId reused for a different answer instead of answering the first one’s verdict', async () => {
    const { d, rows } = storeDeps();
    const input = { itemId: 'retries', seed: 77, answer: { kind: 'choice', keys: [wrongKey(77)] }, timeTakenMs: 8_000, mode: 'practice', requestId: REQUEST };
    await submitQuizAttempt(input, d);
    const other = await submitQuizAttempt({ ...input, answer: { kind: 'choice', keys: [rightKey(77)] } }, d);
    expect(other).toMatchObject({ status: 'invalid', fieldErrors: { requestId: ['this requestId was already used for a different answer'] } });
    expect(rows.size).toBe(1);
  });

  it('says clearly when the requestId is not a UUID', async () => {
    const result = await submitQuizAttempt({ itemId: 'retries', seed: 1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 1, mode: 'practice', requestId: 'again' }, deps());
    expect(result).toMatchObject({ status: 'invalid', fieldErrors: { requestId: ['requestId must be a UUID (crypto.randomUUID())'] } });
  });
});
