import 'server-only';
import { db } from '../db/client';
import { env } from '../env';
import { guestCookieOptions } from '../learner/cookie';
import { appSecret } from './app-secret';
import { createAuth } from './config';
import { createSessionReader, type VerifiedSession } from './memo-session';
import { SessionMemo } from './session-memo';

/** The app's Better Auth instance (configuration and reasons in ./config.ts). */
export const auth = createAuth({
  db,
  secret: appSecret(),
  // Used for absolute links Better Auth makes; the app calls it from server actions only.
  baseURL: env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
  secureCookies: guestCookieOptions(env.NODE_ENV).secure,
  sessionCacheSeconds: env.STEPWISE_SESSION_CACHE_SECONDS,
});

/**
 * Verified sessions, memoized per process until their cookie cache expires (./session-memo.ts); at most
 * STEPWISE_SESSION_MEMO_SIZE browsers at once (least recently used dropped first), 0 for none.
 */
export const sessions = createSessionReader(
  auth,
  env.STEPWISE_SESSION_MEMO_SIZE > 0 ? new SessionMemo<VerifiedSession>(env.STEPWISE_SESSION_MEMO_SIZE) : null,
);
