import { GUEST_COOKIE } from './cookie';
import { isGuestToken } from './token';

type RequestLike = {
  method: string;
  headers: { get(name: string): string | null };
  cookies: { get(name: string): { value: string } | undefined; getAll(): { name: string }[] };
};

/**
 * Whether the proxy should give this request's browser a guest token now. Only page loads (a GET asking
 * for HTML) of visitors with neither a token nor an account session: the page they load may send several
 * writes at once, and those must all carry one token (issue 14). No learner is created here; the row is
 * made at the first write (lib/learner/session.ts ensureLearnerId), so reading still keeps nothing.
 */
export function shouldIssueGuestToken(request: RequestLike): boolean {
  if (request.method !== 'GET') return false;
  if (!(request.headers.get('accept') ?? '').includes('text/html')) return false;
  const current = request.cookies.get(GUEST_COOKIE)?.value;
  if (current && isGuestToken(current)) return false;
  // Better Auth's session cookie (cookiePrefix 'stepwise'; "__Secure-" in front over HTTPS): an account's
  // writes go to its own learner, so it needs no guest token.
  return !request.cookies.getAll().some((c) => c.name.endsWith('stepwise.session_token'));
}
