// Seeds the e2e database (scripts/e2e-server.mjs runs it after migrating, before `next start`): an
// instructor account, made the way the app makes accounts (Better Auth's sign-up, scrypt hash) and then
// promoted as `npm run admin -- promote` does. Idempotent. Never run against a real database: the
// password is in the repository.
import { createAuth } from '../lib/auth/config';
import { findAccountByEmail, setRoleByEmail } from '../lib/db/accounts';
import { resolveDbTarget } from '../lib/db/config';
import { createPrismaClient } from '../lib/db/create-client';
import { E2E_INSTRUCTOR } from '../e2e/support/instructor';

const db = createPrismaClient(resolveDbTarget(process.env.DATABASE_URL));
try {
  if (!(await findAccountByEmail(db, E2E_INSTRUCTOR.email))) {
    // The secret only signs cookies, which this script never hands out; the hash does not depend on it.
    const auth = createAuth({ db, secret: 'e2e-seed-secret-never-used-for-cookies-xx', baseURL: 'http://127.0.0.1', secureCookies: false });
    await auth.api.signUpEmail({ body: { name: E2E_INSTRUCTOR.name, email: E2E_INSTRUCTOR.email, password: E2E_INSTRUCTOR.password } });
  }
  if (!(await setRoleByEmail(db, E2E_INSTRUCTOR.email, 'instructor'))) throw new Error('the seeded instructor account is missing');
  console.log(`e2e seed: ${E2E_INSTRUCTOR.email} is an instructor`);
} catch (error) {
  console.error(`e2e seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
