// The session cookie cache (lib/auth/config.ts, issue 16's load target) on the database kind under test:
// with it on, a signed-in request is answered from the signed cookie without the session lookup; with it
// off (the default of createAuth), every request asks the database. A tampered cache cookie is ignored.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuth } from '../auth/config';
import { createSessionReader, type VerifiedSession } from '../auth/memo-session';
import { SessionMemo } from '../auth/session-memo';
import { createPrismaClient, type Db } from './create-client';
import { createMigratedTestDatabase, type TestDatabase } from './test-support';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  db = createPrismaClient(database.target);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.cleanup();
});

const password = 'correct horse battery staple';
const config = { secret: 's'.repeat(40), baseURL: 'http://localhost:3309', secureCookies: false };

/** Signs up and in; returns the Cookie header a browser would send next (every cookie set, attributes dropped). */
async function signedIn(auth: ReturnType<typeof createAuth>, email: string) {
  await auth.api.signUpEmail({ body: { name: 'Cache', email, password }, headers: new Headers() });
  const { headers } = await auth.api.signInEmail({ body: { email, password }, headers: new Headers(), returnHeaders: true });
  const cookies = headers.getSetCookie().map((c) => c.split(';')[0]!);
  return { cookies, header: cookies.join('; ') };
}

describe('session cookie cache', () => {
  it('answers from the signed cookie while it is fresh, so a deleted session still reads until it expires', async () => {
    const auth = createAuth({ db, ...config, sessionCacheSeconds: 60 });
    const email = `cache-on-${Date.now()}@example.com`;
    const { cookies, header } = await signedIn(auth, email);
    expect(cookies.some((c) => c.startsWith('stepwise.session_data='))).toBe(true);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: header }) });
    expect(session?.user).toMatchObject({ email, role: 'learner' });
    expect(typeof (session?.user as { learnerId?: unknown }).learnerId).toBe('string');

    // The database no longer knows the session: the cache still answers (that is the saved query)...
    await db.session.deleteMany({ where: { user: { email } } });
    expect((await auth.api.getSession({ headers: new Headers({ cookie: header }) }))?.user.email).toBe(email);
    // ...but only with a cache cookie the server signed: a tampered one falls back to the database.
    const tampered = cookies.map((c) => (c.startsWith('stepwise.session_data=') ? `${c.slice(0, -4)}AAAA` : c)).join('; ');
    expect(await auth.api.getSession({ headers: new Headers({ cookie: tampered }) })).toBeNull();
  });

  it('is off unless asked for: every request is checked against the database', async () => {
    const auth = createAuth({ db, ...config });
    const email = `cache-off-${Date.now()}@example.com`;
    const { cookies, header } = await signedIn(auth, email);
    expect(cookies.some((c) => c.startsWith('stepwise.session_data='))).toBe(false);
    expect((await auth.api.getSession({ headers: new Headers({ cookie: header }) }))?.user.email).toBe(email);
    await db.session.deleteMany({ where: { user: { email } } });
    expect(await auth.api.getSession({ headers: new Headers({ cookie: header }) })).toBeNull();
  });
});

describe('session memo over the cookie cache', () => {
  async function setup(label: string) {
    const auth = createAuth({ db, ...config, sessionCacheSeconds: 60 });
    const email = `memo-${label}-${Date.now()}@example.com`;
    const { cookies, header } = await signedIn(auth, email);
    const getSession = vi.spyOn(auth.api, 'getSession');
    let now = Date.now();
    const memo = new SessionMemo<VerifiedSession>(16);
    const reader = createSessionReader(auth, memo, () => now);
    return { auth, email, cookies, header, getSession, memo, reader, advance: (ms: number) => (now += ms) };
  }

  it('answers a second request with the same cookies from the memo, with the same session', async () => {
    const { email, header, getSession, reader } = await setup('hit');
    const first = await reader.read(new Headers({ cookie: header }));
    expect(first?.user.email).toBe(email);
    expect(getSession).toHaveBeenCalledTimes(1);
    const second = await reader.read(new Headers({ cookie: header }));
    expect(second).toBe(first);
    expect(getSession).toHaveBeenCalledTimes(1);
  });

  it('does not use an entry past the cache cookie expiry: Better Auth is asked again', async () => {
    const { email, header, getSession, memo, reader, advance } = await setup('expiry');
    expect((await reader.read(new Headers({ cookie: header })))?.user.email).toBe(email);
    advance(61_000);
    await db.session.deleteMany({ where: { user: { email } } });
    // The memo's clock is past the cookie's expiresAt: Better Auth is asked again (its own clock still finds
    // the cookie fresh, so it answers from it), and the answer is not kept past that expiry.
    expect((await reader.read(new Headers({ cookie: header })))?.user.email).toBe(email);
    expect(getSession).toHaveBeenCalledTimes(2);
    expect(memo.size).toBe(0);
  });

  it('never answers a tampered cache cookie from the memo, and does not keep what Better Auth said about it', async () => {
    const { email, cookies, header, getSession, memo, reader } = await setup('tamper');
    expect((await reader.read(new Headers({ cookie: header })))?.user.email).toBe(email);
    const tampered = cookies.map((c) => (c.startsWith('stepwise.session_data=') ? `${c.slice(0, -4)}AAAA` : c)).join('; ');
    // Better Auth rejects the cache cookie and reads the database (a valid token): that answer is not memoized...
    expect((await reader.read(new Headers({ cookie: tampered })))?.user.email).toBe(email);
    expect(memo.size).toBe(1);
    // ...so once the session is gone, the tampered cookies find nothing.
    await db.session.deleteMany({ where: { user: { email } } });
    expect(await reader.read(new Headers({ cookie: tampered }))).toBeNull();
    expect(getSession).toHaveBeenCalledTimes(3);
    expect(memo.size).toBe(1);
  });

  it('forgets the cookies on sign-out and the account on a role change', async () => {
    const { email, header, getSession, reader, memo } = await setup('forget');
    const session = await reader.read(new Headers({ cookie: header }));
    await reader.forget(new Headers({ cookie: header }));
    expect(memo.size).toBe(0);
    await reader.read(new Headers({ cookie: header }));
    reader.forgetUser(session!.user.id);
    expect(memo.size).toBe(0);
    expect(getSession).toHaveBeenCalledTimes(2);
    expect(email).toContain('forget');
  });
});
