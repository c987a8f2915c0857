import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The secret Better Auth signs session cookies with. From BETTER_AUTH_SECRET when set; otherwise one is
 * generated on first start and kept in a file (mode 0600) beside the embedded database, so `npm install &&
 * npm start` needs no variables and restarts keep everyone signed in. Created with the `wx` flag: when two
 * processes start at once, one writes and both read the same value.
 */
export function resolveAuthSecret(fromEnv: string | undefined, file: string): string {
  if (fromEnv) return fromEnv;
  try {
    return readSecretFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readSecretFile(file);
}

function readSecretFile(file: string): string {
  const value = readFileSync(file, 'utf8').trim();
  if (value.length < 32) throw new Error(`${file}: the auth secret is shorter than 32 characters; delete the file to generate a new one, or set BETTER_AUTH_SECRET`);
  return value;
}
