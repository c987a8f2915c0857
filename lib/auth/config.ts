import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { learnerForNewAccount, releaseGuestToken } from '../db/accounts';
import type { Db } from '../db/create-client';
import { guestCookieFromHeader } from '../learner/cookie';
import { hashGuestToken, isGuestToken } from '../learner/token';
import { PASSWORD_MAX, PASSWORD_MIN } from './forms';
import { DEFAULT_ROLE } from './roles';

export type AuthConfig = {
  db: Db;
  secret: string;
  baseURL: string;
  secureCookies: boolean;
  /** Seconds a session is read from its signed cookie without asking the database; 0 (the default) never. */
  sessionCacheSeconds?: number;
};

/**
 * Better Auth (issue 16): email and password, scrypt hashes (memory-hard), sessions in the database with
 * a signed httpOnly SameSite=Lax cookie. The app calls it only from its own server actions (no
 * /api/auth route is exposed), so every entry point is a Next.js server action, which checks the Origin
 * header against the host (CSRF), and rate-limited in the database by lib/auth/limits.ts.
 */
export function createAuth({ db, secret, baseURL, secureCookies, sessionCacheSeconds = 0 }: AuthConfig) {
  return betterAuth({
    appName: 'Stepwise',
    secret,
    baseURL,
    database: prismaAdapter(db, { provider: 'postgresql' }),
    emailAndPassword: { enabled: true, minPasswordLength: PASSWORD_MIN, maxPasswordLength: PASSWORD_MAX, autoSignIn: true },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
      // Issue 16's load target: looking the session and its user up on every write took two of a quiz
      // answer's four queries. A signed copy in a cookie answers instead for this long; the price is that a
      // role change or a sign-out on another device takes up to that long to reach this browser.
      // https://www.better-auth.com/docs/concepts/session-management#cookie-cache
      ...(sessionCacheSeconds > 0 ? { cookieCache: { enabled: true, maxAge: sessionCacheSeconds } } : {}),
    },
    user: {
      additionalFields: {
        // input: false: neither can be set by whoever signs up; the learner is chosen by the hook below.
        role: { type: 'string', required: false, defaultValue: DEFAULT_ROLE, input: false },
        learnerId: { type: 'string', required: false, input: false },
      },
    },
    // Limits live in our own RateLimit table (shared by every process on one database), applied in the
    // actions; Better Auth's limiter only guards its HTTP handler, which we do not mount.
    rateLimit: { enabled: false },
    advanced: { useSecureCookies: secureCookies, cookiePrefix: 'stepwise' },
    telemetry: { enabled: false },
    databaseHooks: {
      user: {
        create: {
          // The account takes over the learner this browser studied as, in the same INSERT as the user.
          before: async (user, context) => {
            const token = guestCookieFromHeader(context?.headers?.get('cookie'));
            const hash = token && isGuestToken(token) ? hashGuestToken(token) : null;
            const { learnerId } = await learnerForNewAccount(db, hash);
            return { data: { ...user, learnerId, role: DEFAULT_ROLE } };
          },
          after: async (user) => {
            if (typeof user.learnerId === 'string') await releaseGuestToken(db, user.learnerId);
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
