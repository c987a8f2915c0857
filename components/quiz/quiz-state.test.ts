import { describe, expect, it } from 'vitest';
import type { Question, Verdict } from '@/lib/quiz/types';
import { draftAnswer, initialQuizState, quizReducer, score, type QuizAction, type QuizState } from './quiz-state';

const base = { category: 'cost', title: 'T', lesson: 'what-a-run-costs', topics: ['pricing'], exams: ['SAA-C03 4'], prompt: 'P', facts: [] } as const;
const choice = (id: string, type: 'single' | 'multiple' = 'single'): Question => ({
  ...base,
  topics: ['pricing'],
  exams: ['SAA-C03 4'],
  facts: [],
  itemId: id,
  seed: 1,
  type,
  params: { n: 1 },
  options: ['a', 'b', 'c', 'd'].map((key) => ({ key, text: key })),
});
const numeric: Question = { ...base, topics: ['pricing'], exams: ['SAA-C03 4'], facts: [], itemId: 'num', seed: 2, type: 'numeric', numeric: { unit: 'usd', unitLabel: 'US dollars', placeholder: '' } };
const verdict = (correct: boolean): Verdict => ({ itemId: 'x', seed: 1, correct, correctAnswer: 'a', yourAnswer: 'b', working: [], summary: '' });

const run = (state: QuizState, ...actions: QuizAction[]) => actions.reduce(quizReducer, state);

describe('quizReducer', () => {
  it('practice: choose, submit (time taken from when it was shown), graded', () => {
    let s = run(initialQuizState([choice('q1'), numeric], 'practice'), { type: 'shown', at: 1000 }, { type: 'choose', key: 'c' });
    expect(s.entries[0]?.draft.keys).toEqual(['c']);
    s = run(s, { type: 'choose', key: 'b' });
    expect(s.entries[0]?.draft.keys).toEqual(['b']);
    s = run(s, { type: 'submit', at: 4500 });
    expect(s.entries[0]).toMatchObject({ status: 'submitting', timeTakenMs: 3500 });
    // Locked while the server grades: keys do nothing.
    expect(run(s, { type: 'choose', key: 'a' }).entries[0]?.draft.keys).toEqual(['b']);
    s = run(s, { type: 'graded', index: 0, verdict: verdict(true) });
    expect(s.entries[0]?.status).toBe('graded');
    expect(score(s)).toEqual({ right: 1, graded: 1, total: 2 });
  });

  it('refuses to submit without an answer, and says why', () => {
    const s = run(initialQuizState([choice('q1')], 'practice'), { type: 'submit', at: 1 });
    expect(s.entries[0]).toMatchObject({ status: 'answering', error: 'Choose an option first.' });
    const n = run(initialQuizState([numeric], 'practice'), { type: 'submit', at: 1 });
    expect(n.entries[0]?.error).toBe('Type a number first.');
  });

  it('multiple choice toggles keys', () => {
    const s = run(initialQuizState([choice('m', 'multiple')], 'practice'), { type: 'choose', key: 'a' }, { type: 'choose', key: 'c' }, { type: 'choose', key: 'a' });
    expect(s.entries[0]?.draft.keys).toEqual(['c']);
    expect(draftAnswer(s.entries[0] as QuizState['entries'][number])).toEqual({ ok: true, answer: { kind: 'choice', keys: ['c'] } });
  });

  it('a refused answer can be corrected and sent again', () => {
    let s = run(initialQuizState([numeric], 'practice'), { type: 'type-number', text: 'abc' }, { type: 'submit', at: 1 }, { type: 'refused', index: 0, message: 'not a number' });
    expect(s.entries[0]).toMatchObject({ status: 'answering', error: 'not a number' });
    s = run(s, { type: 'type-number', text: '12.5' });
    expect(s.entries[0]?.error).toBeUndefined();
  });

  it('new numbers replace the question and reset the answer', () => {
    let s = run(initialQuizState([choice('q1')], 'practice'), { type: 'choose', key: 'a' }, { type: 'submit', at: 1 }, { type: 'graded', index: 0, verdict: verdict(false) });
    s = run(s, { type: 'retrying', index: 0 }, { type: 'replace', index: 0, question: { ...choice('q1'), seed: 99 } });
    expect(s.entries[0]).toMatchObject({ status: 'answering', draft: { keys: [] }, shownAt: null, attempts: 1 });
    expect(s.entries[0]?.question.seed).toBe(99);
    expect(s.entries[0]?.verdict).toBeUndefined();
  });

  it('exam: answers are kept, changeable, and graded together at the end', () => {
    let s = run(initialQuizState([choice('q1'), choice('q2'), choice('q3')], 'exam'), { type: 'choose', key: 'a' }, { type: 'submit', at: 2 });
    expect(s.entries[0]?.status).toBe('answered');
    s = run(s, { type: 'choose', key: 'b' });
    expect(s.entries[0]?.draft.keys).toEqual(['b']);
    s = run(s, { type: 'submit', at: 3 }, { type: 'go', index: 1 }, { type: 'choose', key: 'd' }, { type: 'submit', at: 4 });
    s = run(s, { type: 'finish' });
    expect(s.phase).toBe('finishing');
    s = run(s, { type: 'session-graded', results: [{ index: 0, verdict: verdict(true) }, { index: 1, error: 'no such item' }] });
    expect(s.phase).toBe('done');
    expect(s.entries.map((e) => e.status)).toEqual(['graded', 'answered', 'answering']);
    expect(s.entries[1]?.error).toBe('no such item');
    expect(score(s)).toEqual({ right: 1, graded: 1, total: 3 });
  });

  it('exam: finishing with nothing answered does nothing; a failed session keeps the answers', () => {
    const empty = run(initialQuizState([choice('q1')], 'exam'), { type: 'finish' });
    expect(empty.phase).toBe('running');
    const s = run(initialQuizState([choice('q1')], 'exam'), { type: 'choose', key: 'a' }, { type: 'submit', at: 1 }, { type: 'finish' }, { type: 'session-failed', message: 'offline' });
    expect(s).toMatchObject({ phase: 'running', sessionError: 'offline' });
    expect(s.entries[0]?.draft.keys).toEqual(['a']);
  });

  it('practice: the summary only once every question is graded', () => {
    let s = run(initialQuizState([choice('q1')], 'practice'), { type: 'finish' });
    expect(s.phase).toBe('running');
    s = run(s, { type: 'choose', key: 'a' }, { type: 'submit', at: 1 }, { type: 'graded', index: 0, verdict: verdict(true) }, { type: 'finish' });
    expect(s.phase).toBe('done');
  });
});
