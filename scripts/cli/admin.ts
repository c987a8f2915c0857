// `npm run -s admin -- promote <email> --role admin|instructor|learner`: sets an account's role. The way to
// make the first admin on a fresh install; after that, admins change roles at /admin.
import { z } from 'zod';
import { ROLES } from '../../lib/auth/roles';
import { setRoleByEmail } from '../../lib/db/accounts';
import type { Db } from '../../lib/db/create-client';

export const ADMIN_USAGE = `Usage: npm run -s admin -- promote <email> --role ${ROLES.join('|')}

Sets the role of the account with that email (it must have signed up first).
Uses DATABASE_URL like the app; with the embedded database, stop the server first (one process per folder).`;

const promoteArgs = z.object({
  email: z.email({ error: 'the email is not a valid address' }),
  role: z.enum(ROLES, { error: `--role must be one of ${ROLES.join(', ')}` }),
});

export type CliIo = { out: (line: string) => void; err: (line: string) => void };

/** Parses the arguments and runs the command; returns the exit code. `open` is called only for valid input. */
export async function adminMain(argv: string[], open: () => Db, io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'promote' || rest.includes('--help')) {
    (command === undefined || rest.includes('--help') || command === '--help' ? io.out : io.err)(
      command && command !== '--help' ? `Unknown command "${command}".\n\n${ADMIN_USAGE}` : ADMIN_USAGE,
    );
    return command === undefined || command === '--help' || rest.includes('--help') ? 0 : 2;
  }
  const roleAt = rest.indexOf('--role');
  const email = rest.find((arg, i) => !arg.startsWith('--') && i !== roleAt + 1);
  const parsed = promoteArgs.safeParse({ email: email?.trim().toLowerCase(), role: roleAt >= 0 ? rest[roleAt + 1] : undefined });
  if (!parsed.success) {
    io.err(`admin promote: ${parsed.error.issues.map((i) => (i.path[0] === 'email' && !email ? 'give the account\u2019s email' : i.message)).join('; ')}\n\n${ADMIN_USAGE}`);
    return 2;
  }
  const db = open();
  try {
    const account = await setRoleByEmail(db, parsed.data.email, parsed.data.role);
    if (!account) {
      io.err(`admin promote: no account has the email ${parsed.data.email}. Sign up with it first, then run this again.`);
      return 1;
    }
    io.out(`${account.email} is now ${account.role}.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}
