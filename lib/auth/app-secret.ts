import path from 'node:path';
import { DEFAULT_PGLITE_DIR } from '../db/config';
import { env } from '../env';
import { resolveAuthSecret } from './secret';

let cached: string | undefined;

/**
 * The app's one secret: Better Auth signs sessions with it, and the guest token's signature is keyed from
 * it (lib/learner/token.ts). From BETTER_AUTH_SECRET, else the generated file beside the embedded database.
 */
export function appSecret(): string {
  cached ??= resolveAuthSecret(env.BETTER_AUTH_SECRET, path.join(path.dirname(DEFAULT_PGLITE_DIR), 'auth-secret'));
  return cached;
}
