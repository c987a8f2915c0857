import 'server-only';
import path from 'node:path';
import { db } from '../db/client';
import { DEFAULT_PGLITE_DIR } from '../db/config';
import { env } from '../env';
import { guestCookieOptions } from '../learner/cookie';
import { createAuth } from './config';
import { resolveAuthSecret } from './secret';

/** The app's Better Auth instance (configuration and reasons in ./config.ts). */
export const auth = createAuth({
  db,
  secret: resolveAuthSecret(env.BETTER_AUTH_SECRET, path.join(path.dirname(DEFAULT_PGLITE_DIR), 'auth-secret')),
  // Used for absolute links Better Auth makes; the app calls it from server actions only.
  baseURL: env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
  secureCookies: guestCookieOptions(env.NODE_ENV).secure,
  sessionCacheSeconds: env.STEPWISE_SESSION_CACHE_SECONDS,
});
