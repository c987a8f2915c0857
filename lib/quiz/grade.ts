// Grading: the answer is compared with the question rebuilt from the item and the seed, never with anything
// the learner's browser says is right. Restructure items are graded in ./restructure.ts (they run the engine).

import { describeMistake } from './mistakes';
import type { Materialized } from './materialize';
import type { QuizAnswer, Verdict } from './types';
import { formatValue } from './units';

export type GradeResult = { ok: true; verdict: Verdict } | { ok: false; field: 'answer'; message: string };

/** Floating-point slack on top of an item's tolerance (a typed "0.07505" is not exactly 0.07505 in binary). */
const EPSILON = 1e-9;

export function isAccepted(value: number, accepted: number[], tolerance: number): boolean {
  return Number.isFinite(value) && accepted.some((a) => Math.abs(value - a) <= tolerance + EPSILON * Math.max(1, Math.abs(a)));
}

export function gradeAnswer(m: Materialized, answer: QuizAnswer): GradeResult {
  const base = { itemId: m.item.id, seed: m.seed, working: m.working, summary: m.summary };

  if (m.options) {
    if (answer.kind !== 'choice') return { ok: false, field: 'answer', message: 'Pick one of the options.' };
    const known = new Set(m.options.map((o) => o.key));
    const keys = [...new Set(answer.keys.map((k) => k.toLowerCase()))];
    const unknown = keys.find((k) => !known.has(k));
    if (unknown !== undefined) return { ok: false, field: 'answer', message: `"${unknown}" is not one of the options.` };
    const multiple = m.item.type === 'multiple';
    if (keys.length === 0) return { ok: false, field: 'answer', message: multiple ? 'Pick at least one option.' : 'Pick an option.' };
    if (!multiple && keys.length > 1) return { ok: false, field: 'answer', message: 'Pick exactly one option.' };
    const chosen = new Set(keys);
    const correctKeys = m.options.filter((o) => o.correct).map((o) => o.key);
    const correct = correctKeys.length === chosen.size && correctKeys.every((k) => chosen.has(k));
    const label = (key: string) => {
      const o = m.options?.find((x) => x.key === key);
      return o ? `${key.toUpperCase()}. ${o.text}` : key;
    };
    const wrongPick = m.options.find((o) => chosen.has(o.key) && !o.correct && o.mistake);
    const designs = m.designs?.map((d) => ({ key: d.key, title: d.title, monthlyDisplay: d.monthlyDisplay, monthlyUsd: d.monthlyUsd, cheapest: correctKeys.includes(d.key) }));
    return {
      ok: true,
      verdict: {
        ...base,
        correct,
        correctAnswer: correctKeys.map(label).join('; '),
        yourAnswer: keys.sort().map(label).join('; '),
        options: m.options.map((o) => ({ key: o.key, text: o.text, correct: o.correct, selected: chosen.has(o.key), explanation: o.explanation })),
        ...(designs ? { designs } : {}),
        ...(!correct && wrongPick?.mistake ? { mistake: describeMistake(wrongPick.mistake) } : {}),
      },
    };
  }

  if (m.numeric) {
    if (answer.kind !== 'numeric') return { ok: false, field: 'answer', message: 'Type a number.' };
    if (!Number.isFinite(answer.value) || answer.value < 0) return { ok: false, field: 'answer', message: 'Type a number of 0 or more.' };
    const key = m.numeric;
    const correct = isAccepted(answer.value, key.accepted, key.tolerance);
    const matched = correct ? undefined : key.wrong.find((w) => Math.abs(w.value - answer.value) <= Math.max(key.tolerance, EPSILON * Math.max(1, Math.abs(w.value))));
    return {
      ok: true,
      verdict: {
        ...base,
        correct,
        correctAnswer: formatValue(key.answer, key.unit),
        yourAnswer: formatValue(answer.value, key.unit),
        ...(matched ? { mistake: describeMistake(matched.mistake) } : {}),
        ...(m.explanation ? { explanation: m.explanation } : {}),
      },
    };
  }

  return { ok: false, field: 'answer', message: 'This question is graded by running your definition.' };
}
