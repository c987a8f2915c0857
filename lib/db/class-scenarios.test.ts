// Data-layer tests of class scenarios (issue 16): versions are immutable and a graded submission keeps
// the version and verdict it was graded with; only the class's instructor (or an admin) authors; bad
// files come back as problems with a file and a line, never as an exception.
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles';
import { TEMPLATE_FILES } from '../classes/scenario-template';
import { submitClassScenario, openClassScenario, reviewableClassScenarios } from '../classes-server/class-submit';
import { previewClassScenario, publishClassScenario, saveClassScenario, validateClassScenario } from '../classes-server/scenario-authoring';
import { gradeBounded } from '../grading-server/bounded-grade';
import { classReport } from '../classes/report';
import { classReportInput, createClass, joinClass } from './classes';
import { getClassScenarioForAuthor, listClassScenarios, listPublishedClassScenarios } from './class-scenarios';
import { createAccount, form, migratedTestDb } from './test-support';

const db = migratedTestDb();

const account = (role: Role = 'learner') => createAccount(db, role);

const SOLUTION = TEMPLATE_FILES['solution.asl.json']!;
const STARTER = TEMPLATE_FILES['starter.asl.json']!;

async function publishedScenario() {
  const teacher = await account('instructor');
  const learner = await account();
  const klass = await createClass(db, teacher.id, 'Authoring class');
  await joinClass(db, learner.id, klass.joinCode);
  const saved = await saveClassScenario(db, teacher, form({ classId: klass.id }, TEMPLATE_FILES));
  if (saved.status !== 'saved') throw new Error(JSON.stringify(saved));
  const found = await getClassScenarioForAuthor(db, saved.scenarioId);
  const published = await publishClassScenario(db, teacher, form({ scenarioId: saved.scenarioId, versionId: found!.latest.id }));
  expect(published).toMatchObject({ status: 'published', version: 1 });
  return { teacher, learner, klass, scenarioId: saved.scenarioId, versionId: found!.latest.id };
}

describe('class scenarios: versions', () => {
  it('an edit after a graded submission leaves that submission’s version and verdict as they were', async () => {
    const { teacher, learner, klass, scenarioId, versionId } = await publishedScenario();
    // The learner submits the starter: graded on the server (bounded worker) against version 1.
    const submitted = await submitClassScenario(db, learner, scenarioId, form({ definition: STARTER, scenarioId: 'forged', verdict: '{"passed":true}' }), { learnerId: async () => learner.learnerId });
    expect(submitted).toMatchObject({ status: 'graded', verdict: { passed: false } });
    const before = await db.scenarioSubmission.findFirstOrThrow({ where: { learnerId: learner.learnerId, scenarioId } });
    expect(before.classScenarioVersionId).toBe(versionId);

    // The instructor loosens the hidden case so the starter would now pass, saves version 2 and publishes it.
    const edited = { ...TEMPLATE_FILES, 'scenario.yaml': TEMPLATE_FILES['scenario.yaml']!.replace('input: { refundId: r-2, amount: 900 }', 'input: { refundId: r-2, amount: 90 }').replace(/visited: \[ManualReview\]\n\s+notVisited: \[AutoApprove\]/, 'visited: [AutoApprove]') };
    const v2 = await saveClassScenario(db, teacher, form({ classId: klass.id, scenarioId }, edited));
    expect(v2).toMatchObject({ status: 'saved', scenarioId, version: 2 });
    const after = await db.scenarioSubmission.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.classScenarioVersionId).toBe(versionId);
    expect(after.passed).toBe(false);
    expect(after.score).toBe(before.score);
    expect(after.verdict).toEqual(before.verdict);
    // Version 1 still holds the files that were graded.
    const v1 = await db.classScenarioVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect((v1.files as Record<string, string>)['scenario.yaml']).toBe(TEMPLATE_FILES['scenario.yaml']);
    // Learners still get version 1 until version 2 is published.
    expect((await openClassScenario(db, learner, scenarioId))?.published.version.number).toBe(1);
  });

  it('saving the same files again makes no new version; two saves at once get two numbers', async () => {
    const { teacher, klass, scenarioId } = await publishedScenario();
    expect(await saveClassScenario(db, teacher, form({ classId: klass.id, scenarioId }, TEMPLATE_FILES))).toMatchObject({ status: 'saved', version: 1 });
    const a = { ...TEMPLATE_FILES, 'scenario.yaml': TEMPLATE_FILES['scenario.yaml']!.replace('title: Send large refunds to a person', 'title: Version A') };
    const b = { ...TEMPLATE_FILES, 'scenario.yaml': TEMPLATE_FILES['scenario.yaml']!.replace('title: Send large refunds to a person', 'title: Version B') };
    const both = await Promise.all([saveClassScenario(db, teacher, form({ classId: klass.id, scenarioId }, a)), saveClassScenario(db, teacher, form({ classId: klass.id, scenarioId }, b))]);
    expect(both.map((r) => (r.status === 'saved' ? r.version : r.status)).sort()).toEqual([2, 3]);
    expect((await listClassScenarios(db, klass.id))[0]).toMatchObject({ id: scenarioId, versions: 3, published: 1 });
  });

  it('refuses to publish a version whose reference fails or whose starter passes', async () => {
    const teacher = await account('instructor');
    const klass = await createClass(db, teacher.id, 'Strict class');
    const easy = await saveClassScenario(db, teacher, form({ classId: klass.id }, { ...TEMPLATE_FILES, 'starter.asl.json': SOLUTION }));
    if (easy.status !== 'saved') throw new Error(JSON.stringify(easy));
    const easyVersion = (await getClassScenarioForAuthor(db, easy.scenarioId))!.latest.id;
    const r1 = await publishClassScenario(db, teacher, form({ scenarioId: easy.scenarioId, versionId: easyVersion }));
    expect(r1).toMatchObject({ status: 'error', message: expect.stringMatching(/starter passes every case/) });
    const wrong = await saveClassScenario(db, teacher, form({ classId: klass.id }, { ...TEMPLATE_FILES, 'solution.asl.json': STARTER }));
    if (wrong.status !== 'saved') throw new Error(JSON.stringify(wrong));
    const wrongVersion = (await getClassScenarioForAuthor(db, wrong.scenarioId))!.latest.id;
    const r2 = await publishClassScenario(db, teacher, form({ scenarioId: wrong.scenarioId, versionId: wrongVersion }));
    expect(r2).toMatchObject({ status: 'error', message: expect.stringMatching(/reference solution must pass every case.*A large refund/) });
    expect(await listPublishedClassScenarios(db, [klass.id])).toEqual([]);
  });
});

describe('class scenarios: who may author and open them', () => {
  it('refuses a learner calling the authoring actions, and an instructor writing in another’s class', async () => {
    const { learner, klass, scenarioId, versionId } = await publishedScenario();
    const other = await account('instructor');
    for (const who of [learner, other]) {
      expect(await saveClassScenario(db, who, form({ classId: klass.id }, TEMPLATE_FILES))).toMatchObject({ status: 'error', message: expect.stringMatching(/Only the instructor who runs this class/) });
      expect(await saveClassScenario(db, who, form({ classId: klass.id, scenarioId }, TEMPLATE_FILES))).toMatchObject({ status: 'error' });
      expect(await publishClassScenario(db, who, form({ scenarioId, versionId }))).toMatchObject({ status: 'error', message: expect.stringMatching(/Only the instructor/) });
      expect(await validateClassScenario(db, who, form({ classId: klass.id }, TEMPLATE_FILES))).toMatchObject({ status: 'error' });
      expect(await previewClassScenario(db, who, form({ classId: klass.id }, TEMPLATE_FILES))).toMatchObject({ status: 'problems' });
    }
    expect(await saveClassScenario(db, null, form({ classId: klass.id }, TEMPLATE_FILES))).toEqual({ status: 'error', message: 'Sign in first.' });
    // Nothing was written by any of them.
    expect((await listClassScenarios(db, klass.id))[0]).toMatchObject({ versions: 1 });
    // An admin may.
    const admin = await account('admin');
    expect(await saveClassScenario(db, admin, form({ classId: klass.id, scenarioId }, { ...TEMPLATE_FILES, 'scenario.yaml': `${TEMPLATE_FILES['scenario.yaml']}# admin edit\n` }))).toMatchObject({ status: 'saved', version: 2 });
  });

  it('a learner outside the class can neither open nor submit its scenario', async () => {
    const { scenarioId } = await publishedScenario();
    const outsider = await account();
    expect(await openClassScenario(db, outsider, scenarioId)).toBeNull();
    const r = await submitClassScenario(db, outsider, scenarioId, form({ definition: SOLUTION }), { learnerId: async () => outsider.learnerId });
    expect(r).toMatchObject({ status: 'invalid' });
    expect(await db.scenarioSubmission.count({ where: { learnerId: outsider.learnerId } })).toBe(0);
  });

  it('a review card of a class scenario opens for a member only, under the class scenario’s id', async () => {
    const { learner, scenarioId } = await publishedScenario();
    const outsider = await account();
    const mine = await reviewableClassScenarios(db, learner, [scenarioId, 'retry-with-backoff', scenarioId]);
    expect([...mine.keys()]).toEqual([scenarioId]);
    expect(mine.get(scenarioId)).toMatchObject({ id: scenarioId, title: 'Send large refunds to a person' });
    expect((await reviewableClassScenarios(db, outsider, [scenarioId])).size).toBe(0);
    expect((await reviewableClassScenarios(db, null, [scenarioId])).size).toBe(0);
  });

  it('the dashboard counts a class scenario’s submissions like a built-in one’s', async () => {
    const { teacher, learner, klass, scenarioId } = await publishedScenario();
    await submitClassScenario(db, learner, scenarioId, form({ definition: STARTER }), { learnerId: async () => learner.learnerId });
    await submitClassScenario(db, learner, scenarioId, form({ definition: SOLUTION }), { learnerId: async () => learner.learnerId });
    const input = await classReportInput(db, klass.id, teacher.id);
    const report = classReport({ ...input!, itemTopics: () => [] }, new Date());
    expect(report.roster[0]).toMatchObject({ scenarioSubmissions: 2, scenariosPassed: 1 });
    expect(report.failedCases).toEqual([{ scenarioId, caseName: 'A large refund', failures: 1, learners: 1 }]);
  });
});

describe('class scenarios: bad input', () => {
  it('answers invalid files with problems that name the file, line and reason', async () => {
    const teacher = await account('instructor');
    const klass = await createClass(db, teacher.id, 'Bad input class');
    const yaml = TEMPLATE_FILES['scenario.yaml']!.replace('difficulty: introductory', 'difficulty: trivial').replace('status: SUCCEEDED', 'status: DONE');
    const saved = await saveClassScenario(db, teacher, form({ classId: klass.id }, { ...TEMPLATE_FILES, 'scenario.yaml': yaml }));
    expect(saved.status).toBe('error');
    const problems = saved.status === 'error' ? saved.problems ?? [] : [];
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^difficulty: /), expect.stringMatching(/^cases\.0\.expect\.status: /)]));
    expect(problems.every((p) => p.file === 'scenario/scenario.yaml' && typeof p.line === 'number')).toBe(true);
    expect(problems.find((p) => p.message.startsWith('difficulty'))?.line).toBe(4);

    const broken = await validateClassScenario(db, teacher, form({ classId: klass.id }, { ...TEMPLATE_FILES, 'solution.asl.json': '{ "StartAt": ' }));
    expect(broken).toMatchObject({ status: 'problems', problems: [{ file: 'scenario/solution.asl.json', message: expect.stringMatching(/JSON syntax error/) }] });
    expect(await validateClassScenario(db, teacher, form({ classId: klass.id }, TEMPLATE_FILES))).toEqual({ status: 'valid', title: 'Send large refunds to a person' });
    expect(await validateClassScenario(db, teacher, form({ classId: klass.id }, {}))).toMatchObject({ status: 'problems' });
    expect(await saveClassScenario(db, teacher, form({ classId: klass.id }, { '../etc/passwd': 'x' }))).toMatchObject({ status: 'error', fieldErrors: { files: [expect.any(String)] } });
    // Not a form at all, or missing fields: field errors, no exception.
    expect(await saveClassScenario(db, teacher, { classId: klass.id })).toMatchObject({ status: 'error' });
    expect(await publishClassScenario(db, teacher, form({ scenarioId: 'x'.repeat(65) }))).toMatchObject({ status: 'error', fieldErrors: { scenarioId: expect.any(Array), versionId: expect.any(Array) } });
    expect(await saveClassScenario(db, teacher, form({ classId: 'no-such-class' }, TEMPLATE_FILES))).toMatchObject({ status: 'error', message: 'There is no such class.' });
    expect(await listClassScenarios(db, klass.id)).toEqual([]);
  });

  it('a submission that loops forever is stopped within the server’s limit and recorded as failed', async () => {
    const { learner, scenarioId } = await publishedScenario();
    const loop = JSON.stringify({ StartAt: 'Spin', States: { Spin: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% ($f := function($n){ $f($n + 1) }; $f(0)) %}', End: true } } });
    const r = await submitClassScenario(db, learner, scenarioId, form({ definition: loop }), { learnerId: async () => learner.learnerId, grade: (s, d) => gradeBounded(s, d, { budgetMs: 500 }) });
    expect(r).toMatchObject({ status: 'graded', verdict: { passed: false } });
  }, 30_000);
});
