// The session cookie cache (lib/auth/config.ts, issue 16's load target) on the database kind under test:
// with it on, a signed-in request is answered from the signed cookie without the session lookup; with it
// off (the default of createAuth), every request asks the database. A tampered cache cookie is ignored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../auth/config';
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
