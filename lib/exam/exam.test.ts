import { describe, expect, it } from 'vitest';
import type { ExamId } from '../content/catalog';
import { allocate, assembleExam, candidateDomains, type Candidate } from './assemble';
import { answerRefusal, deadlineFor, isOver, secondsLeft } from './clock';
import { readinessByDomain, READINESS_EXPLANATION, READINESS_MIN_ANSWERS } from './readiness';
import { scoreExam } from './score';

/** `n` quiz items per domain of an exam. */
function bank(exam: ExamId, perDomain: Record<number, number>): Candidate[] {
  return Object.entries(perDomain).flatMap(([d, n]) => Array.from({ length: n }, (_, i) => ({ kind: 'quiz' as const, id: `q-${d}-${i}`, exams: [`${exam} ${d}`] })));
}

function counts(entries: { domain: number }[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const e of entries) out[e.domain] = (out[e.domain] ?? 0) + 1;
  return out;
}

describe('allocation by domain weight', () => {
  it('gives each domain its weight’s share, largest remainders first', () => {
    // DVA-C02 weights 32/26/24/18 of 20: 6.4, 5.2, 4.8, 3.6 -> 6, 5, 5, 4.
    expect(allocate('DVA-C02', { 1: 50, 2: 50, 3: 50, 4: 50 }, 20)).toEqual({ 1: 6, 2: 5, 3: 5, 4: 4 });
    // DEA-C01 34/26/22/18 of 10: 3.4, 2.6, 2.2, 1.8 -> 3, 3, 2, 2.
    expect(allocate('DEA-C01', { 1: 9, 2: 9, 3: 9, 4: 9 }, 10)).toEqual({ 1: 3, 2: 3, 3: 2, 4: 2 });
  });

  it('shares a domain’s missing questions among the others by weight, and never invents questions', () => {
    // SAA-C03 with no domain 1 or 3 content: 26 and 20 share 20 questions -> 11.3, 8.7 -> 11, 9.
    expect(allocate('SAA-C03', { 2: 30, 4: 30 }, 20)).toEqual({ 1: 0, 2: 11, 3: 0, 4: 9 });
    // Domain 3 has only 2: the rest goes to 2 and 4.
    expect(allocate('SAA-C03', { 2: 30, 3: 2, 4: 30 }, 20)).toEqual({ 1: 0, 2: 10, 3: 2, 4: 8 });
    expect(allocate('SAA-C03', { 2: 3, 4: 2 }, 20)).toEqual({ 1: 0, 2: 3, 3: 0, 4: 2 });
  });
});

describe('assembly', () => {
  const candidates = [...bank('DVA-C02', { 1: 30, 2: 30, 3: 30, 4: 30 }), { kind: 'scenario' as const, id: 's-1', exams: ['DVA-C02 1', 'DVA-C02 4'] }];

  it('respects the weights and never repeats a question', () => {
    for (const seed of [1, 2, 3, 99, 123456]) {
      const exam = assembleExam('DVA-C02', candidates, 20, seed);
      expect(exam).toHaveLength(20);
      expect(counts(exam)).toEqual({ 1: 6, 2: 5, 3: 5, 4: 4 });
      const keys = exam.map((e) => (e.kind === 'quiz' ? e.itemId : e.scenarioId));
      expect(new Set(keys).size).toBe(20);
    }
  });

  it('does not repeat a question tagged with two domains', () => {
    const two = [{ kind: 'quiz' as const, id: 'both', exams: ['SAA-C03 2', 'SAA-C03 4'] }, ...bank('SAA-C03', { 2: 1, 4: 1 })];
    const exam = assembleExam('SAA-C03', two, 10, 5);
    expect(exam).toHaveLength(3);
    expect(new Set(exam.map((e) => (e.kind === 'quiz' ? e.itemId : e.scenarioId))).size).toBe(3);
  });

  it('stores a seed for every quiz question, and the same exam seed gives the same exam', () => {
    const a = assembleExam('DVA-C02', candidates, 20, 42);
    expect(assembleExam('DVA-C02', candidates, 20, 42)).toEqual(a);
    for (const e of a) if (e.kind === 'quiz') expect(Number.isInteger(e.seed) && e.seed >= 0).toBe(true);
    expect(assembleExam('DVA-C02', candidates, 20, 43)).not.toEqual(a);
  });

  it('draws scenarios too, and only questions tagged for the exam', () => {
    const mixed: Candidate[] = [...bank('DEA-C01', { 1: 3 }), { kind: 'scenario', id: 'pipeline', exams: ['DEA-C01 1.2'] }, { kind: 'quiz', id: 'other', exams: ['SAA-C03 4'] }];
    const exam = assembleExam('DEA-C01', mixed, 10, 7);
    expect(exam.map((e) => (e.kind === 'quiz' ? e.itemId : e.scenarioId)).sort()).toEqual(['pipeline', 'q-1-0', 'q-1-1', 'q-1-2']);
    expect(candidateDomains({ kind: 'quiz', id: 'x', exams: ['DEA-C01 1.3', 'DEA-C01 1', 'nonsense'] }, 'DEA-C01')).toEqual([1]);
  });
});

describe('the server’s clock', () => {
  const startedAt = new Date('2026-12-02T09:00:00Z');
  const clock = { startedAt, deadline: deadlineFor(startedAt, 30), finishedAt: null };

  it('counts answers before the deadline and refuses late ones', () => {
    expect(answerRefusal(clock, new Date('2026-12-02T09:29:59.999Z'))).toBeNull();
    expect(answerRefusal(clock, new Date('2026-12-02T09:30:00Z'))).toMatch(/after the deadline/);
    expect(answerRefusal({ ...clock, finishedAt: startedAt }, startedAt)).toMatch(/submitted/);
    expect(isOver(clock, new Date('2026-12-02T09:30:00Z'))).toBe(true);
    expect(secondsLeft(clock, new Date('2026-12-02T09:29:00.5Z'))).toBe(60);
  });
});

describe('score and readiness', () => {
  it('scores unanswered questions as wrong and breaks the score down by domain and topic', () => {
    const s = scoreExam([
      { domain: 1, topics: ['pricing'], correct: true },
      { domain: 1, topics: ['pricing', 'wait'], correct: false },
      { domain: 4, topics: ['wait'], correct: null },
    ]);
    expect(s).toEqual({ right: 1, total: 3, percent: 33, byDomain: { 1: { right: 1, total: 2 }, 4: { right: 0, total: 1 } }, byTopic: { pricing: { right: 1, total: 2 }, wait: { right: 0, total: 2 } } });
  });

  it('weights recent answers more and gives no estimate from too few', () => {
    const at = (i: number) => new Date(Date.UTC(2026, 11, 1, 0, i));
    const improving = Array.from({ length: 10 }, (_, i) => ({ domain: 1, correct: i >= 5, at: at(i) }));
    const [d1, d2] = readinessByDomain([...improving, ...improving.slice(0, READINESS_MIN_ANSWERS - 1).map((a) => ({ ...a, domain: 2 }))], [1, 2]);
    expect(d1?.percent).toBeGreaterThan(50);
    expect(d1?.answers).toBe(10);
    expect(d2).toEqual({ domain: 2, answers: READINESS_MIN_ANSWERS - 1, percent: null });
    expect(READINESS_EXPLANATION.split('. ').length).toBe(1);
  });
});
