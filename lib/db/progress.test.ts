// Data-layer test of the query functions, on the database kind under test (see migrations.test.ts).
import { describe, expect, it } from 'vitest';
import {
  createGuestLearner,
  findLearnerIdByGuestTokenHash,
  getLessonCompletion,
  getProgress,
  learnerExists,
  markLessonComplete,
  unmarkLessonComplete,
} from './progress';
import { migratedTestDb } from './test-support';

const db = migratedTestDb();

describe('lesson progress', () => {
  it('creates guest learners with distinct ids', async () => {
    const a = await createGuestLearner(db);
    const b = await createGuestLearner(db);
    expect(a.id).not.toBe(b.id);
    expect(await learnerExists(db, a.id)).toBe(true);
    expect(await learnerExists(db, 'no-such-learner')).toBe(false);
  });

  it('finds a guest by the hash of its cookie token, and never gives two guests one token', async () => {
    const hash = 'a'.repeat(64);
    const { id } = await createGuestLearner(db, { guestTokenHash: hash });
    expect(await findLearnerIdByGuestTokenHash(db, hash)).toBe(id);
    expect(await findLearnerIdByGuestTokenHash(db, 'b'.repeat(64))).toBeNull();
    await expect(createGuestLearner(db, { guestTokenHash: hash })).rejects.toThrow(/unique/i);
    // Learners without a token (tests, accounts later) do not collide with each other.
    const [x, y] = await Promise.all([createGuestLearner(db), createGuestLearner(db)]);
    expect(x.id).not.toBe(y.id);
  });

  it('marks a lesson complete once; marking again keeps the first time', async () => {
    const { id } = await createGuestLearner(db);
    const first = await markLessonComplete(db, id, 'what-is-a-state-machine');
    await new Promise((r) => setTimeout(r, 20));
    const again = await markLessonComplete(db, id, 'what-is-a-state-machine');
    expect(again.completedAt.getTime()).toBe(first.completedAt.getTime());
    expect(await getProgress(db, id)).toHaveLength(1);
    expect(await getLessonCompletion(db, id, 'what-is-a-state-machine')).toEqual(first.completedAt);
    expect(await getLessonCompletion(db, id, 'another-lesson')).toBeNull();
  });

  it('survives 50 concurrent marks of the same lesson by one learner (one row, no error)', async () => {
    const { id } = await createGuestLearner(db);
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => markLessonComplete(db, id, 'race')));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await db.lessonProgress.count({ where: { learnerId: id, lessonSlug: 'race' } })).toBe(1);
    // Every caller is told the same, first completion time.
    const times = new Set(results.map((r) => (r.status === 'fulfilled' ? r.value.completedAt.getTime() : NaN)));
    expect(times.size).toBe(1);
  });

  it('survives 50 learners marking the same lesson at once (one row each, no error)', async () => {
    const learners = await Promise.all(Array.from({ length: 50 }, () => createGuestLearner(db)));
    const results = await Promise.allSettled(
      learners.flatMap(({ id }) => [markLessonComplete(db, id, 'crowd'), markLessonComplete(db, id, 'crowd')]),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const rows = await db.lessonProgress.groupBy({
      by: ['learnerId'],
      where: { lessonSlug: 'crowd', learnerId: { in: learners.map((l) => l.id) } },
      _count: { _all: true },
    });
    expect(rows).toHaveLength(50);
    expect(rows.every((r) => r._count._all === 1)).toBe(true);
  });

  it('keeps each learner’s progress separate, ordered by completion time', async () => {
    const a = await createGuestLearner(db);
    const b = await createGuestLearner(db);
    await markLessonComplete(db, a.id, 'one');
    await new Promise((r) => setTimeout(r, 15));
    await markLessonComplete(db, a.id, 'two');
    await markLessonComplete(db, b.id, 'three');
    expect((await getProgress(db, a.id)).map((p) => p.lessonSlug)).toEqual(['one', 'two']);
    expect((await getProgress(db, b.id)).map((p) => p.lessonSlug)).toEqual(['three']);
  });

  it('un-marks a lesson and says whether there was anything to remove', async () => {
    const { id } = await createGuestLearner(db);
    await markLessonComplete(db, id, 'undo-me');
    expect(await unmarkLessonComplete(db, id, 'undo-me')).toBe(true);
    expect(await unmarkLessonComplete(db, id, 'undo-me')).toBe(false);
    expect(await getProgress(db, id)).toEqual([]);
  });

  it('refuses progress for a learner that does not exist (foreign key)', async () => {
    await expect(markLessonComplete(db, 'ghost', 'x')).rejects.toThrow();
  });

  it('deletes a learner’s progress with the learner', async () => {
    const { id } = await createGuestLearner(db);
    await markLessonComplete(db, id, 'gone');
    await db.learner.delete({ where: { id } });
    expect(await db.lessonProgress.count({ where: { learnerId: id } })).toBe(0);
  });

  it('runs interactive transactions (rolled back on error)', async () => {
    const { id } = await createGuestLearner(db);
    await expect(
      db.$transaction(async (tx) => {
        await tx.lessonProgress.create({ data: { learnerId: id, lessonSlug: 'tx' } });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await getLessonCompletion(db, id, 'tx')).toBeNull();
  });
});
