// Run by scripts/e2e-server.mjs on the e2e database before `next start` opens it: the accounts tests sign
// in with (e2e/support/accounts.ts). Rows as Better Auth's email-and-password sign-up writes them (a user,
// and a "credential" account holding the scrypt hash), with the role set as `npm run admin -- promote` would.
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { E2E_ACCOUNTS } from '../e2e/support/accounts';
import { resolveDbTarget } from '../lib/db/config';
import { createPrismaClient } from '../lib/db/create-client';

const db = createPrismaClient(resolveDbTarget(process.env.DATABASE_URL));
try {
  for (const account of E2E_ACCOUNTS) {
    const user = await db.user.upsert({
      where: { email: account.email },
      create: { id: randomUUID(), email: account.email, name: account.name, emailVerified: true, role: account.role },
      update: { role: account.role },
      select: { id: true },
    });
    await db.account.deleteMany({ where: { userId: user.id, providerId: 'credential' } });
    await db.account.create({ data: { id: randomUUID(), accountId: user.id, providerId: 'credential', userId: user.id, password: await hashPassword(account.password) } });
    console.log(`e2e seed: ${account.email} (${account.role})`);
  }
} finally {
  await db.$disconnect();
}
