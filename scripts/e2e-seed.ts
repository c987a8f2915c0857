// Seeds the e2e database with one instructor account (e2e/support/instructor.ts), so journeys that need an
// instructor can sign in as one: roles are granted by an admin or by `npm run admin`, and neither can
// reach the embedded database while the e2e server holds it. Run by scripts/e2e-server.mjs after the
// migrations and before `next start`; idempotent.
import { hashPassword } from 'better-auth/crypto';
import { resolveDbTarget } from '../lib/db/config';
import { createPrismaClient } from '../lib/db/create-client';
import { E2E_INSTRUCTOR } from '../e2e/support/instructor';

const db = createPrismaClient(resolveDbTarget(process.env.DATABASE_URL));
try {
  const existing = await db.user.findUnique({ where: { email: E2E_INSTRUCTOR.email } });
  if (!existing) {
    const learner = await db.learner.create({ data: {} });
    const id = `e2e-instructor-${learner.id}`;
    await db.user.create({ data: { id, name: E2E_INSTRUCTOR.name, email: E2E_INSTRUCTOR.email, role: 'instructor', learnerId: learner.id } });
    await db.account.create({ data: { id: `${id}-credential`, accountId: id, providerId: 'credential', userId: id, password: await hashPassword(E2E_INSTRUCTOR.password) } });
  }
} finally {
  await db.$disconnect();
}
