// Data-layer tests of classes (issue 16): join codes, membership, assignments, and the rule that an
// instructor reads and changes only their own classes.
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles';
import { classReport } from '../classes/report';
import { classReportInput, createClass, deleteAssignment, getTaughtClass, joinClass, listJoinedClasses, listTaughtClasses, upsertAssignment } from './classes';
import { markLessonComplete } from './progress';
import { createAccount, migratedTestDb } from './test-support';

const db = migratedTestDb();

const account = (role: Role = 'learner') => createAccount(db, role);

describe('classes', () => {
  it('creates a class with a join code; learners join once however often they try', async () => {
    const teacher = await account('instructor');
    const learner = await account();
    const { id, joinCode } = await createClass(db, teacher.id, 'DVA study group');
    expect(joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(await joinClass(db, learner.id, joinCode.toLowerCase().replace(/(.{4})/, '$1-'))).toMatchObject({ status: 'joined', classId: id });
    const twice = await Promise.all([joinClass(db, learner.id, joinCode), joinClass(db, learner.id, joinCode)]);
    expect(twice.map((r) => r.status)).toEqual(['already-member', 'already-member']);
    expect(await db.classMember.count({ where: { classId: id } })).toBe(1);
    expect(await joinClass(db, learner.id, 'ZZZZZZZZ')).toEqual({ status: 'no-such-class' });
    expect((await listJoinedClasses(db, learner.id)).map((c) => c.id)).toEqual([id]);
    expect((await listTaughtClasses(db, teacher.id))[0]).toMatchObject({ id, members: 1, assignments: 0 });
  });

  it('keeps one assignment per item (re-assigning moves the due date) and reports it on the roster', async () => {
    const teacher = await account('instructor');
    const learner = await account();
    const { id, joinCode } = await createClass(db, teacher.id, 'Class');
    await joinClass(db, learner.id, joinCode);
    await upsertAssignment(db, teacher.id, { classId: id, kind: 'lesson', ref: 'intro', dueAt: new Date('2030-01-01T00:00:00Z') });
    await Promise.all([
      upsertAssignment(db, teacher.id, { classId: id, kind: 'lesson', ref: 'intro', dueAt: new Date('2030-02-01T00:00:00Z') }),
      upsertAssignment(db, teacher.id, { classId: id, kind: 'lesson', ref: 'intro', dueAt: new Date('2030-02-01T00:00:00Z') }),
    ]);
    const found = await getTaughtClass(db, id, teacher.id);
    expect(found?.assignments).toHaveLength(1);
    expect(found?.assignments[0]?.dueAt.toISOString()).toBe('2030-02-01T00:00:00.000Z');

    await markLessonComplete(db, learner.learnerId!, 'intro');
    const input = await classReportInput(db, id, teacher.id);
    const report = classReport({ ...input!, itemTopics: () => [] }, new Date());
    expect(report.roster).toHaveLength(1);
    expect(report.roster[0]).toMatchObject({ email: learner.email, lessonsCompleted: 1, assignments: ['done'] });
  });

  it('an instructor never reads or changes another instructor’s class', async () => {
    const owner = await account('instructor');
    const other = await account('instructor');
    const { id } = await createClass(db, owner.id, 'Mine');
    const assignment = await upsertAssignment(db, owner.id, { classId: id, kind: 'quiz', ref: 'cost', dueAt: new Date() });
    expect(await getTaughtClass(db, id, other.id)).toBeNull();
    expect(await classReportInput(db, id, other.id)).toBeNull();
    expect(await upsertAssignment(db, other.id, { classId: id, kind: 'lesson', ref: 'x', dueAt: new Date() })).toBeNull();
    expect(await deleteAssignment(db, other.id, assignment!.id)).toBe(false);
    expect(await listTaughtClasses(db, other.id)).toEqual([]);
    expect(await deleteAssignment(db, owner.id, assignment!.id)).toBe(true);
  });
});
