import type { AssignmentKind } from './assignments';

/**
 * The instructor's view of a class, derived from rows alone (no database here): the roster with each
 * learner's progress and assignments, the scenario cases and quiz items most often failed, and the most
 * common wrong answers.
 */
export type ReportInput = {
  members: { userId: string; name: string; email: string; learnerId: string | null; joinedAt: Date }[];
  assignments: { kind: AssignmentKind; ref: string; dueAt: Date }[];
  lessons: { learnerId: string; lessonSlug: string; completedAt: Date }[];
  submissions: { learnerId: string; scenarioId: string; passed: boolean; score: number; verdict: unknown; createdAt: Date }[];
  attempts: { learnerId: string; itemId: string; correct: boolean; answer: unknown; createdAt: Date }[];
  /** The topics of each quiz item, for quiz assignments (which name a topic). */
  itemTopics: (itemId: string) => readonly string[];
};

export type AssignmentStatus = 'done' | 'late' | 'open' | 'missed';

export type RosterRow = {
  userId: string;
  name: string;
  email: string;
  joinedAt: Date;
  lessonsCompleted: number;
  scenariosPassed: number;
  scenarioSubmissions: number;
  quizAttempts: number;
  quizCorrect: number;
  /** One per assignment, in the assignments' order. */
  assignments: AssignmentStatus[];
  lastActivity: Date | null;
};

export type FailedCase = { scenarioId: string; caseName: string; failures: number; learners: number };
export type FailedItem = { itemId: string; wrong: number; attempts: number };
export type WrongAnswer = { itemId: string; answer: string; count: number };

export type ClassReport = { roster: RosterRow[]; failedCases: FailedCase[]; failedItems: FailedItem[]; wrongAnswers: WrongAnswer[] };

export function classReport(input: ReportInput, now: Date, top = 10): ClassReport {
  const members = new Map(input.members.filter((m) => m.learnerId).map((m) => [m.learnerId!, m]));
  const inClass = <T extends { learnerId: string }>(rows: T[]) => rows.filter((r) => members.has(r.learnerId));
  const lessons = inClass(input.lessons);
  const submissions = inClass(input.submissions);
  const attempts = inClass(input.attempts);

  const roster = input.members.map((m): RosterRow => {
    const mine = <T extends { learnerId: string }>(rows: T[]) => (m.learnerId ? rows.filter((r) => r.learnerId === m.learnerId) : []);
    const myLessons = mine(lessons);
    const mySubs = mine(submissions);
    const myAttempts = mine(attempts);
    const times = [...myLessons.map((r) => r.completedAt), ...mySubs.map((r) => r.createdAt), ...myAttempts.map((r) => r.createdAt)];
    return {
      userId: m.userId,
      name: m.name,
      email: m.email,
      joinedAt: m.joinedAt,
      lessonsCompleted: new Set(myLessons.map((r) => r.lessonSlug)).size,
      scenariosPassed: new Set(mySubs.filter((r) => r.passed).map((r) => r.scenarioId)).size,
      scenarioSubmissions: mySubs.length,
      quizAttempts: myAttempts.length,
      quizCorrect: myAttempts.filter((r) => r.correct).length,
      assignments: input.assignments.map((a) => {
        const doneAt = completion(a, myLessons, mySubs, myAttempts, input.itemTopics);
        if (doneAt) return doneAt <= a.dueAt ? 'done' : 'late';
        return now <= a.dueAt ? 'open' : 'missed';
      }),
      lastActivity: times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : null,
    };
  });

  const caseCounts = new Map<string, FailedCase & { who: Set<string> }>();
  for (const s of submissions) {
    for (const c of failedCaseNames(s.verdict)) {
      const key = `${s.scenarioId}\u0000${c}`;
      const entry = caseCounts.get(key) ?? { scenarioId: s.scenarioId, caseName: c, failures: 0, learners: 0, who: new Set<string>() };
      entry.failures++;
      entry.who.add(s.learnerId);
      caseCounts.set(key, entry);
    }
  }
  const failedCases = [...caseCounts.values()]
    .map(({ who, ...rest }) => ({ ...rest, learners: who.size }))
    .sort((a, b) => b.failures - a.failures || b.learners - a.learners || a.scenarioId.localeCompare(b.scenarioId) || a.caseName.localeCompare(b.caseName))
    .slice(0, top);

  const itemCounts = new Map<string, FailedItem>();
  const answerCounts = new Map<string, WrongAnswer>();
  for (const a of attempts) {
    const item = itemCounts.get(a.itemId) ?? { itemId: a.itemId, wrong: 0, attempts: 0 };
    item.attempts++;
    if (!a.correct) {
      item.wrong++;
      const answer = describeAnswer(a.answer);
      const key = `${a.itemId}\u0000${answer}`;
      const entry = answerCounts.get(key) ?? { itemId: a.itemId, answer, count: 0 };
      entry.count++;
      answerCounts.set(key, entry);
    }
    itemCounts.set(a.itemId, item);
  }
  const failedItems = [...itemCounts.values()]
    .filter((i) => i.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong || b.attempts - a.attempts || a.itemId.localeCompare(b.itemId))
    .slice(0, top);
  const wrongAnswers = [...answerCounts.values()]
    .sort((a, b) => b.count - a.count || a.itemId.localeCompare(b.itemId) || a.answer.localeCompare(b.answer))
    .slice(0, top);
  return { roster, failedCases, failedItems, wrongAnswers };
}

function completion(
  a: ReportInput['assignments'][number],
  lessons: ReportInput['lessons'],
  subs: ReportInput['submissions'],
  attempts: ReportInput['attempts'],
  itemTopics: ReportInput['itemTopics'],
): Date | null {
  const earliest = (dates: Date[]) => (dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))) : null);
  switch (a.kind) {
    case 'lesson':
      return earliest(lessons.filter((l) => l.lessonSlug === a.ref).map((l) => l.completedAt));
    case 'scenario':
    case 'class-scenario':
      return earliest(subs.filter((s) => s.scenarioId === a.ref && s.passed).map((s) => s.createdAt));
    case 'class-quiz-item':
      return earliest(attempts.filter((t) => t.correct && t.itemId === a.ref).map((t) => t.createdAt));
    case 'quiz':
      return earliest(attempts.filter((t) => t.correct && itemTopics(t.itemId).includes(a.ref)).map((t) => t.createdAt));
  }
}

/** Names of the failed cases in a stored verdict (lib/grading's Verdict); anything unexpected yields none. */
export function failedCaseNames(verdict: unknown): string[] {
  if (!verdict || typeof verdict !== 'object' || !Array.isArray((verdict as { cases?: unknown }).cases)) return [];
  return ((verdict as { cases: unknown[] }).cases)
    .filter((c): c is { name: string; passed: boolean } => !!c && typeof c === 'object' && typeof (c as { name?: unknown }).name === 'string')
    .filter((c) => c.passed === false)
    .map((c) => c.name);
}

/** A stored quiz answer as one short line: "b, d", "12.5" or the first line of a definition. */
export function describeAnswer(answer: unknown): string {
  if (!answer || typeof answer !== 'object') return String(answer);
  const a = answer as { kind?: unknown; keys?: unknown; value?: unknown; text?: unknown };
  if (a.kind === 'choice' && Array.isArray(a.keys)) return [...a.keys].map(String).sort().join(', ');
  if (a.kind === 'numeric' && typeof a.value === 'number') return String(a.value);
  if (a.kind === 'definition' && typeof a.text === 'string') return 'a definition';
  return JSON.stringify(answer).slice(0, 80);
}
