import { describe, expect, it } from 'vitest';
import { gradeAnswer } from './grade';
import { materialize } from './materialize';
import type { GeneratedItem, QuizItem, WrittenChoiceItem, WrittenNumericItem } from './types';

const meta = { title: 'T', lesson: 'what-a-run-costs', topics: ['pricing'], exams: ['SAA-C03 4'], source: { file: 'x.yaml', line: 1 } } as const;
const cost = (id: string, type: GeneratedItem['type'], generator: string): GeneratedItem => ({ ...meta, topics: ['pricing'], exams: ['SAA-C03 4'], id, type, category: 'cost', generator });

const written: WrittenChoiceItem = {
  ...meta,
  topics: ['pricing'],
  exams: ['SAA-C03 4'],
  id: 'written',
  type: 'single',
  category: 'concept',
  prompt: 'Which?',
  shuffle: true,
  options: [
    { text: 'Right', correct: true, explanation: 'because' },
    { text: 'Wrong 1', correct: false, explanation: 'no 1' },
    { text: 'Wrong 2', correct: false, explanation: 'no 2' },
    { text: 'Wrong 3', correct: false, explanation: 'no 3' },
  ],
};

function keyOf(item: QuizItem, seed: number, text: string): string {
  const key = materialize(item, seed).options?.find((o) => o.text === text)?.key;
  if (!key) throw new Error(`no option ${text}`);
  return key;
}

describe('materialize', () => {
  it('shows the same question for the same seed and shuffles options between seeds', () => {
    expect(materialize(written, 3).question).toEqual(materialize(written, 3).question);
    const orders = new Set(Array.from({ length: 30 }, (_, seed) => materialize(written, seed).question.options?.map((o) => o.text).join('|')));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('never puts the answer in what the learner sees', () => {
    for (const item of [written, cost('c', 'single', 'linear-retries-monthly'), cost('n', 'numeric', 'inline-map-monthly'), cost('d', 'cheapest-design', 'inline-vs-distributed-cheapest')]) {
      for (let seed = 0; seed < 10; seed++) {
        const m = materialize(item, seed);
        const text = JSON.stringify(m.question);
        expect(text).not.toMatch(/"correct"|"mistake"|"explanation"|"answer"|"working"/);
        if (m.numeric && item.type === 'numeric') expect(text).not.toContain(m.numeric.answer.toFixed(2));
      }
    }
  });

  it('a value generator shown as single choice offers the answer and up to three classic mistakes', () => {
    const m = materialize(cost('c', 'single', 'linear-retries-monthly'), 5);
    expect(m.options).toHaveLength(4);
    expect(m.options?.filter((o) => o.correct)).toHaveLength(1);
    expect(m.options?.filter((o) => !o.correct).every((o) => o.mistake)).toBe(true);
  });
});

describe('gradeAnswer', () => {
  it('grades a choice by key, explaining every option and the mistake picked', () => {
    const item = cost('c', 'single', 'linear-retries-monthly');
    const m = materialize(item, 9);
    const right = m.options?.find((o) => o.correct)?.key as string;
    const wrong = m.options?.find((o) => !o.correct) ;
    const good = gradeAnswer(m, { kind: 'choice', keys: [right] });
    expect(good.ok && good.verdict.correct).toBe(true);
    const bad = gradeAnswer(m, { kind: 'choice', keys: [wrong?.key as string] });
    if (!bad.ok) throw new Error(bad.message);
    expect(bad.verdict.correct).toBe(false);
    expect(bad.verdict.mistake?.id).toBe(wrong?.mistake);
    expect(bad.verdict.options?.find((o) => o.selected)?.explanation).toMatch(/\w/);
    expect(bad.verdict.working.length).toBeGreaterThan(1);
    expect(bad.verdict.working.at(-1)?.result).toMatch(/^\$/);
  });

  it('refuses keys that are not options, and more than one key for single choice', () => {
    const m = materialize(written, 0);
    expect(gradeAnswer(m, { kind: 'choice', keys: ['z'] })).toMatchObject({ ok: false, message: '"z" is not one of the options.' });
    expect(gradeAnswer(m, { kind: 'choice', keys: ['a', 'b'] })).toMatchObject({ ok: false, message: 'Pick exactly one option.' });
    expect(gradeAnswer(m, { kind: 'choice', keys: [] })).toMatchObject({ ok: false });
    expect(gradeAnswer(m, { kind: 'numeric', value: 1 })).toMatchObject({ ok: false });
  });

  it('a multiple-choice answer is right only with every right option and no wrong one', () => {
    const multi: WrittenChoiceItem = { ...written, id: 'multi', type: 'multiple', options: written.options.map((o, i) => ({ ...o, correct: i < 2 })) };
    const seed = 4;
    const r1 = keyOf(multi, seed, 'Right');
    const r2 = keyOf(multi, seed, 'Wrong 1');
    const w = keyOf(multi, seed, 'Wrong 2');
    const m = materialize(multi, seed);
    expect(gradeAnswer(m, { kind: 'choice', keys: [r1, r2] })).toMatchObject({ ok: true, verdict: { correct: true } });
    expect(gradeAnswer(m, { kind: 'choice', keys: [r1] })).toMatchObject({ ok: true, verdict: { correct: false } });
    expect(gradeAnswer(m, { kind: 'choice', keys: [r1, r2, w] })).toMatchObject({ ok: true, verdict: { correct: false } });
  });

  it('a numeric answer is right within the tolerance, and a wrong one is matched to its mistake', () => {
    const m = materialize(cost('n', 'numeric', 'linear-retries-monthly'), 11);
    const key = m.numeric;
    if (!key) throw new Error('not numeric');
    expect(gradeAnswer(m, { kind: 'numeric', value: key.answer })).toMatchObject({ ok: true, verdict: { correct: true } });
    expect(gradeAnswer(m, { kind: 'numeric', value: key.answer + 0.004 })).toMatchObject({ ok: true, verdict: { correct: true } });
    expect(gradeAnswer(m, { kind: 'numeric', value: key.answer + 0.02 })).toMatchObject({ ok: true, verdict: { correct: false } });
    const slip = key.wrong[0];
    if (!slip) throw new Error('no mistakes');
    const graded = gradeAnswer(m, { kind: 'numeric', value: slip.value });
    expect(graded).toMatchObject({ ok: true, verdict: { correct: false, mistake: { id: slip.mistake } } });
    expect(gradeAnswer(m, { kind: 'numeric', value: Number.NaN })).toMatchObject({ ok: false });
  });

  it("accepts AWS's GB-hour arithmetic and the GB-second one for the Express worked example", () => {
    // Find a seed that draws 100M runs × 10 s × 64 MB.
    const item = cost('aws', 'numeric', 'express-tiers-monthly');
    const seed = Array.from({ length: 500 }, (_, s) => s).find((s) => {
      const p = materialize(item, s).question.params;
      return p?.runs === 100_000_000 && p.seconds === 10 && p.memoryMb === 64;
    });
    if (seed === undefined) throw new Error('no seed draws the AWS example');
    const m = materialize(item, seed);
    for (const value of [482.88, 482.97, 482.9]) expect(gradeAnswer(m, { kind: 'numeric', value })).toMatchObject({ ok: true, verdict: { correct: true } });
    for (const value of [482.7, 483.1, 382.88]) expect(gradeAnswer(m, { kind: 'numeric', value })).toMatchObject({ ok: true, verdict: { correct: false } });
  });

  it('a written numeric item uses its own tolerance and explanation', () => {
    const item: WrittenNumericItem = { ...meta, topics: ['error-handling'], exams: ['DVA-C02 1'], id: 'wn', type: 'numeric', category: 'concept', prompt: 'Wait?', answer: 8, tolerance: 0, unit: 'seconds', explanation: '2, 4, 8' };
    const m = materialize(item, 0);
    expect(gradeAnswer(m, { kind: 'numeric', value: 8 })).toMatchObject({ ok: true, verdict: { correct: true, explanation: '2, 4, 8', correctAnswer: '8 seconds' } });
    expect(gradeAnswer(m, { kind: 'numeric', value: 7 })).toMatchObject({ ok: true, verdict: { correct: false } });
  });

  it('a cheapest-design answer lists every design with its monthly cost', () => {
    const m = materialize(cost('d', 'cheapest-design', 'itembatcher-cheapest'), 2);
    const right = m.options?.find((o) => o.correct)?.key as string;
    const graded = gradeAnswer(m, { kind: 'choice', keys: [right] });
    if (!graded.ok) throw new Error(graded.message);
    expect(graded.verdict.correct).toBe(true);
    expect(graded.verdict.designs).toHaveLength(4);
    expect(graded.verdict.designs?.filter((d) => d.cheapest)).toHaveLength(1);
  });
});
