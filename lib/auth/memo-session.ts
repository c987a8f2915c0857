import type { Auth } from './config';
import { cacheCookieExpiry, SessionMemo, sessionMemoKey, type SessionCookieNames } from './session-memo';

/** What `auth.api.getSession` answers for a signed-in request. */
export type VerifiedSession = NonNullable<Awaited<ReturnType<Auth['api']['getSession']>>>;

export type SessionReader = {
  /** The request's session: from the memo while the cookies' verified answer is fresh, else from Better Auth. */
  read(headers: Headers): Promise<VerifiedSession | null>;
  /** Sign-out in this process: the memo forgets these cookies at once. */
  forget(headers: Headers): Promise<void>;
  /** A role change in this process: every memoized session of the account is dropped. */
  forgetUser(userId: string): void;
};

/**
 * Wraps Better Auth's getSession with a SessionMemo (reasons in ./session-memo.ts; null: no memo). Only answers Better Auth
 * gave from its cookie cache are kept: those are the ones that set no cookie (a database read refreshes the
 * cache cookie; a cache cookie that fails its check, belongs to another token or has expired is expired with
 * a Set-Cookie), so the entry's lifetime is the verified payload's own expiresAt.
 */
export function createSessionReader(auth: Auth, memo: SessionMemo<VerifiedSession> | null, clock: () => number = Date.now): SessionReader {
  let names: Promise<SessionCookieNames> | null = null;
  const cookieNames = () =>
    (names ??= auth.$context.then((context) => ({
      sessionToken: context.authCookies.sessionToken.name,
      sessionData: context.authCookies.sessionData.name,
    })));
  const cacheOn = memo !== null && auth.options.session?.cookieCache?.enabled === true;

  return {
    async read(headers) {
      const key = cacheOn ? sessionMemoKey(headers.get('cookie'), await cookieNames()) : null;
      if (key && memo) {
        const hit = memo.get(key, clock());
        if (hit) return hit;
      }
      const { headers: answered, response } = await auth.api.getSession({ headers, returnHeaders: true });
      if (key && memo && response && answered.getSetCookie().length === 0) {
        const cacheExpiry = cacheCookieExpiry(key);
        const sessionExpiry = new Date(response.session.expiresAt).getTime();
        if (cacheExpiry !== null && Number.isFinite(sessionExpiry)) {
          memo.set(key, response, response.user.id, Math.min(cacheExpiry, sessionExpiry), clock());
        }
      }
      return response;
    },
    async forget(headers) {
      if (!memo) return;
      const key = sessionMemoKey(headers.get('cookie'), await cookieNames());
      if (key) memo.forget(key);
    },
    forgetUser(userId) {
      memo?.forgetUser(userId);
    },
  };
}
