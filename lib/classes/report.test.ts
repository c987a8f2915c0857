import { describe, expect, it } from 'vitest';
import { classReport, describeAnswer, failedCaseNames, type ReportInput } from './report';
import { csvCell, toCsv } from './csv';
import { joinCodeFrom, normaliseJoinCode, JOIN_CODE_ALPHABET } from './assignments';

const d = (s: string) => new Date(`2026-12-0${s}T12:00:00Z`);
const verdict = (cases: [string, boolean][]) => ({ scenario: 'x', passed: cases.every(([, p]) => p), score: 0, ms: 1, cases: cases.map(([name, passed]) => ({ name, passed, visible: true, feedback: '', checks: [] })) });

const input: ReportInput = {
  members: [
    { userId: 'u1', name: 'Ada', email: 'ada@example.com', learnerId: 'l1', joinedAt: d('1') },
    { userId: 'u2', name: 'Bo', email: 'bo@example.com', learnerId: 'l2', joinedAt: d('1') },
  ],
  assignments: [
    { kind: 'lesson', ref: 'intro', dueAt: d('3') },
    { kind: 'scenario', ref: 'retry', dueAt: d('3') },
    { kind: 'quiz', ref: 'cost', dueAt: d('5') },
  ],
  lessons: [
    { learnerId: 'l1', lessonSlug: 'intro', completedAt: d('2') },
    { learnerId: 'l2', lessonSlug: 'intro', completedAt: d('4') },
    { learnerId: 'stranger', lessonSlug: 'intro', completedAt: d('2') },
  ],
  submissions: [
    { learnerId: 'l1', scenarioId: 'retry', passed: false, score: 50, verdict: verdict([['happy', true], ['throttled', false]]), createdAt: d('2') },
    { learnerId: 'l1', scenarioId: 'retry', passed: true, score: 100, verdict: verdict([['happy', true], ['throttled', true]]), createdAt: d('2') },
    { learnerId: 'l2', scenarioId: 'retry', passed: false, score: 0, verdict: verdict([['happy', false], ['throttled', false]]), createdAt: d('2') },
    { learnerId: 'stranger', scenarioId: 'retry', passed: false, score: 0, verdict: verdict([['happy', false]]), createdAt: d('2') },
  ],
  attempts: [
    { learnerId: 'l1', itemId: 'q1', correct: false, answer: { kind: 'choice', keys: ['c', 'a'] }, createdAt: d('2') },
    { learnerId: 'l2', itemId: 'q1', correct: false, answer: { kind: 'choice', keys: ['a', 'c'] }, createdAt: d('2') },
    { learnerId: 'l2', itemId: 'q1', correct: true, answer: { kind: 'choice', keys: ['b'] }, createdAt: d('4') },
    { learnerId: 'l1', itemId: 'q2', correct: false, answer: { kind: 'numeric', value: 12.5 }, createdAt: d('2') },
  ],
  itemTopics: (id) => ({ q1: ['cost'], q2: ['cost', 'retries'] })[id] ?? [],
};

describe('classReport', () => {
  const report = classReport(input, d('4'));

  it('gives each member their own progress and assignment statuses, ignoring non-members', () => {
    const [ada, bo] = report.roster;
    expect(ada).toMatchObject({ lessonsCompleted: 1, scenariosPassed: 1, scenarioSubmissions: 2, quizAttempts: 2, quizCorrect: 0, assignments: ['done', 'done', 'open'] });
    expect(bo).toMatchObject({ lessonsCompleted: 1, scenariosPassed: 0, scenarioSubmissions: 1, quizAttempts: 2, quizCorrect: 1, assignments: ['late', 'missed', 'done'] });
    expect(bo!.lastActivity).toEqual(d('4'));
  });

  it('ranks the most often failed cases and items, and the most common wrong answers', () => {
    expect(report.failedCases).toEqual([
      { scenarioId: 'retry', caseName: 'throttled', failures: 2, learners: 2 },
      { scenarioId: 'retry', caseName: 'happy', failures: 1, learners: 1 },
    ]);
    expect(report.failedItems).toEqual([
      { itemId: 'q1', wrong: 2, attempts: 3 },
      { itemId: 'q2', wrong: 1, attempts: 1 },
    ]);
    expect(report.wrongAnswers[0]).toEqual({ itemId: 'q1', answer: 'a, c', count: 2 });
    expect(report.wrongAnswers[1]).toEqual({ itemId: 'q2', answer: '12.5', count: 1 });
  });

  it('reads stored verdicts and answers defensively', () => {
    expect(failedCaseNames(null)).toEqual([]);
    expect(failedCaseNames({ cases: [{ name: 'a', passed: false }, { passed: false }, 3] })).toEqual(['a']);
    expect(describeAnswer({ kind: 'definition', text: '{...}' })).toBe('a definition');
  });
});

describe('csv', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(toCsv([['a', 1], ['b\nc', true]])).toBe('a,1\r\n"b\nc",true\r\n');
  });
});

describe('join codes', () => {
  it('uses only unambiguous characters and forgives case and dashes', () => {
    const code = joinCodeFrom(new Uint8Array([0, 1, 2, 255, 31, 32, 100, 7]));
    expect(code).toHaveLength(8);
    for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OI]/);
    expect(normaliseJoinCode(' abcd-efgh ')).toBe('ABCDEFGH');
  });
});

describe('classReport: a class’s own scenarios and quiz items as assignments', () => {
  it('a class scenario is done when passed, a class quiz item when answered right, each against its due date', () => {
    const own: ReportInput = {
      ...input,
      assignments: [
        { kind: 'class-scenario', ref: 'cs1', dueAt: d('3') },
        { kind: 'class-quiz-item', ref: 'cq1', dueAt: d('3') },
      ],
      submissions: [
        { learnerId: 'l1', scenarioId: 'cs1', passed: true, score: 100, verdict: verdict([['a', true]]), createdAt: d('2') },
        { learnerId: 'l2', scenarioId: 'cs1', passed: false, score: 0, verdict: verdict([['a', false]]), createdAt: d('2') },
      ],
      attempts: [
        { learnerId: 'l1', itemId: 'cq1', correct: false, answer: { kind: 'choice', keys: ['a'] }, createdAt: d('2') },
        { learnerId: 'l2', itemId: 'cq1', correct: true, answer: { kind: 'choice', keys: ['b'] }, createdAt: d('4') },
        // A right answer to another item (even one sharing topics) does not complete it.
        { learnerId: 'l1', itemId: 'q1', correct: true, answer: { kind: 'choice', keys: ['b'] }, createdAt: d('2') },
      ],
    };
    const [ada, bo] = classReport(own, d('4')).roster;
    expect(ada!.assignments).toEqual(['done', 'missed']);
    expect(bo!.assignments).toEqual(['missed', 'late']);
  });
});
