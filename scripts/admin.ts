// Entry point of `npm run -s admin -- promote <email> --role admin|instructor` (see scripts/cli/admin.ts).
import { resolveDbTarget } from '../lib/db/config';
import { createPrismaClient } from '../lib/db/create-client';
import { adminMain } from './cli/admin';

try {
  process.exitCode = await adminMain(process.argv.slice(2), () => createPrismaClient(resolveDbTarget(process.env.DATABASE_URL)), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
} catch (error) {
  // The embedded folder held by a running server is the usual cause; its error says so.
  console.error(`admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
