// Data-layer tests of accounts (issue 16) on the database kind under test: Better Auth over our Prisma
// client, the guest-to-account upgrade, merging a second device's guest progress, and roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminMain } from '../../scripts/cli/admin';
import { createAuth, type Auth } from '../auth/config';
import { GUEST_COOKIE } from '../learner/cookie';
import { hashGuestToken, newGuestToken } from '../learner/token';
import { findUnclaimedGuest, mergeGuestIntoLearner, setRoleByEmail } from './accounts';
import { createPrismaClient, type Db } from './create-client';
import { createGuestLearner, findLearnerIdByGuestTokenHash, getProgress, markLessonComplete } from './progress';
import { createExamAttempt } from './exam-attempts';
import { recordQuizAttempt } from './quiz-attempts';
import { ensureReviewCard } from './review-cards';
import { newCardState } from '../review';
import { createMigratedTestDatabase, type TestDatabase } from './test-support';

let database: TestDatabase;
let db: Db;
let auth: Auth;

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  db = createPrismaClient(database.target);
  auth = createAuth({ db, secret: 's'.repeat(40), baseURL: 'http://localhost:3309', secureCookies: false });
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.cleanup();
});

let n = 0;
const email = () => `learner${++n}-${Math.random().toString(36).slice(2, 8)}@example.com`;
const password = 'correct horse battery staple';

async function guestWithCookie() {
  const token = newGuestToken();
  const { id } = await createGuestLearner(db, { guestTokenHash: hashGuestToken(token) });
  return { id, token, headers: new Headers({ cookie: `other=1; ${GUEST_COOKIE}=${token}` }) };
}

async function submission(learnerId: string, scenarioId: string, passed: boolean) {
  return db.scenarioSubmission.create({
    data: { learnerId, scenarioId, definition: '{}', passed, score: passed ? 100 : 0, verdict: { cases: [] }, gradingMs: 5 },
  });
}

describe('sign-up keeps the guest’s progress', () => {
  it('gives the account the guest’s own learner, so every row comes along, and retires the guest cookie', async () => {
    const guest = await guestWithCookie();
    await markLessonComplete(db, guest.id, 'what-is-step-functions');
    await submission(guest.id, 'retry-with-backoff', true);
    await recordQuizAttempt(db, { learnerId: guest.id, itemId: 'q1', seed: 1, answer: { kind: 'choice', keys: ['a'] }, correct: true, timeTakenMs: 1000, mode: 'practice' });

    const address = email();
    const { user } = await auth.api.signUpEmail({ body: { name: 'Ada', email: address, password }, headers: guest.headers });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.learnerId).toBe(guest.id);
    expect(row.role).toBe('learner');
    expect(await getProgress(db, guest.id)).toHaveLength(1);
    expect(await db.scenarioSubmission.count({ where: { learnerId: guest.id } })).toBe(1);
    expect(await db.quizAttempt.count({ where: { learnerId: guest.id } })).toBe(1);
    // After sign-out the old guest cookie must not open the account's progress.
    expect(await findLearnerIdByGuestTokenHash(db, hashGuestToken(guest.token))).toBeNull();
  });

  it('stores a memory-hard hash, never the password', async () => {
    const address = email();
    const { user } = await auth.api.signUpEmail({ body: { name: 'Bo', email: address, password }, headers: new Headers() });
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: 'credential' } });
    expect(account.password).not.toContain(password);
    // Better Auth's format: scrypt salt:key in hex.
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.learnerId).not.toBeNull();
  });

  it('never lets sign-up choose a role or a learner', async () => {
    const victim = await createGuestLearner(db);
    const body = { name: 'Mallory', email: email(), password, role: 'admin', learnerId: victim.id };
    const outcome = await auth.api.signUpEmail({ body, headers: new Headers() }).then(
      (r) => ({ ok: true as const, id: r.user.id }),
      (e: unknown) => ({ ok: false as const, e }),
    );
    if (outcome.ok) {
      const row = await db.user.findUniqueOrThrow({ where: { id: outcome.id } });
      expect(row.role).toBe('learner');
      expect(row.learnerId).not.toBe(victim.id);
    } else {
      expect(await db.user.count({ where: { email: body.email } })).toBe(0);
    }
  });

  it('refuses a second account with the same email', async () => {
    const address = email();
    await auth.api.signUpEmail({ body: { name: 'One', email: address, password }, headers: new Headers() });
    await expect(auth.api.signUpEmail({ body: { name: 'Two', email: address, password }, headers: new Headers() })).rejects.toThrow();
    expect(await db.user.count({ where: { email: address } })).toBe(1);
  });
});

describe('sign-in', () => {
  it('refuses a wrong password and sets an httpOnly SameSite=Lax session cookie on success', async () => {
    const address = email();
    await auth.api.signUpEmail({ body: { name: 'Cy', email: address, password }, headers: new Headers() });
    await expect(auth.api.signInEmail({ body: { email: address, password: 'wrong password!!' }, headers: new Headers() })).rejects.toThrow();
    const { headers } = await auth.api.signInEmail({ body: { email: address, password }, headers: new Headers(), returnHeaders: true });
    const cookie = headers.getSetCookie().find((c) => c.startsWith('stepwise.session_token='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie!.split(';')[0]! }) });
    expect(session?.user.email).toBe(address);
  });
});

describe('merging a second device’s guest progress', () => {
  it('moves every row once, keeps the earlier completion, deletes the guest, and is idempotent', async () => {
    const { user } = await auth.api.signUpEmail({ body: { name: 'Di', email: email(), password }, headers: new Headers() });
    const mine = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).learnerId!;
    await markLessonComplete(db, mine, 'both');
    await markLessonComplete(db, mine, 'only-mine');
    const guest = await guestWithCookie();
    await markLessonComplete(db, guest.id, 'only-theirs');
    await db.lessonProgress.create({ data: { learnerId: guest.id, lessonSlug: 'both', completedAt: new Date('2020-01-01T00:00:00Z') } });
    await submission(guest.id, 's1', false);
    await submission(guest.id, 's1', true);
    const at = new Date('2026-12-02T09:00:00Z');
    const card = (learnerId: string, refId: string, seed: number) => ensureReviewCard(db, { learnerId, kind: 'quiz', refId, reason: 'wrong', seed, state: newCardState(at) });
    const kept = await card(mine, 'both-item', 1);
    await card(guest.id, 'both-item', 2);
    await card(guest.id, 'guest-item', 3);
    await createExamAttempt(db, { learnerId: guest.id, exam: 'DEA-C01', kind: 'lightning', seed: 4, entries: [], startedAt: at, deadline: new Date(at.getTime() + 60_000) });

    expect(await findUnclaimedGuest(db, hashGuestToken(guest.token))).toBe(guest.id);
    const first = await mergeGuestIntoLearner(db, guest.id, mine);
    expect(first).toEqual({ merged: true, lessons: 1, scenarioSubmissions: 2, quizAttempts: 0, reviewCards: 1, examAttempts: 1 });
    const cards = await db.reviewCard.findMany({ where: { learnerId: mine }, orderBy: { refId: 'asc' } });
    expect(cards.map((c) => [c.refId, c.seed])).toEqual([['both-item', 1], ['guest-item', 3]]);
    expect(cards[0]?.id).toBe(kept.card.id);
    expect(await db.examAttempt.count({ where: { learnerId: mine } })).toBe(1);
    const progress = await getProgress(db, mine);
    expect(progress.map((p) => p.lessonSlug).sort()).toEqual(['both', 'only-mine', 'only-theirs']);
    expect(progress.find((p) => p.lessonSlug === 'both')?.completedAt.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(await db.scenarioSubmission.count({ where: { learnerId: mine } })).toBe(2);
    expect(await db.learner.count({ where: { id: guest.id } })).toBe(0);

    const again = await mergeGuestIntoLearner(db, guest.id, mine);
    expect(again.merged).toBe(false);
    expect(await getProgress(db, mine)).toHaveLength(3);
  });

  it('merges once when two sign-ins race with the same guest cookie', async () => {
    const { user } = await auth.api.signUpEmail({ body: { name: 'Ed', email: email(), password }, headers: new Headers() });
    const mine = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).learnerId!;
    const guest = await guestWithCookie();
    for (let i = 0; i < 5; i++) await submission(guest.id, `s${i}`, true);
    const results = await Promise.all([mergeGuestIntoLearner(db, guest.id, mine), mergeGuestIntoLearner(db, guest.id, mine)]);
    expect(results.filter((r) => r.merged)).toHaveLength(1);
    expect(await db.scenarioSubmission.count({ where: { learnerId: mine } })).toBe(5);
  });

  it('never merges away a learner that belongs to another account', async () => {
    const a = await auth.api.signUpEmail({ body: { name: 'Fa', email: email(), password }, headers: new Headers() });
    const b = await auth.api.signUpEmail({ body: { name: 'Gi', email: email(), password }, headers: new Headers() });
    const la = (await db.user.findUniqueOrThrow({ where: { id: a.user.id } })).learnerId!;
    const lb = (await db.user.findUniqueOrThrow({ where: { id: b.user.id } })).learnerId!;
    await markLessonComplete(db, lb, 'theirs');
    expect((await mergeGuestIntoLearner(db, lb, la)).merged).toBe(false);
    expect(await getProgress(db, lb)).toHaveLength(1);
    expect(await getProgress(db, la)).toHaveLength(0);
  });
});

describe('roles', () => {
  it('promotes by email (case-insensitive) and says when there is no such account', async () => {
    const address = email();
    await auth.api.signUpEmail({ body: { name: 'Ha', email: address, password }, headers: new Headers() });
    expect((await setRoleByEmail(db, address.toUpperCase(), 'instructor'))?.role).toBe('instructor');
    expect(await setRoleByEmail(db, 'nobody@example.com', 'admin')).toBeNull();
  });

  it('npm run admin -- promote: sets the role, and explains bad input without touching the database', async () => {
    const address = email();
    await auth.api.signUpEmail({ body: { name: 'Io', email: address, password }, headers: new Headers() });
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(`out: ${l}`), err: (l: string) => lines.push(`err: ${l}`) };
    // The CLI disconnects the client it opens, so give it its own.
    expect(await adminMain(['promote', address, '--role', 'admin'], () => createPrismaClient(database.target), io)).toBe(0);
    expect(lines.at(-1)).toBe(`out: ${address} is now admin.`);
    expect((await db.user.findUniqueOrThrow({ where: { email: address } })).role).toBe('admin');

    const never = () => {
      throw new Error('opened the database for bad input');
    };
    expect(await adminMain(['promote', address, '--role', 'root'], never, io)).toBe(2);
    expect(lines.at(-1)).toMatch(/--role must be one of learner, instructor, admin/);
    expect(await adminMain(['promote', '--role', 'admin'], never, io)).toBe(2);
    expect(lines.at(-1)).toMatch(/give the account’s email/);
    expect(await adminMain(['demote', address], never, io)).toBe(2);
    expect(await adminMain(['promote', 'nobody@example.com', '--role', 'admin'], () => createPrismaClient(database.target), io)).toBe(1);
    expect(lines.at(-1)).toMatch(/no account has the email nobody@example.com/);
  });
});
