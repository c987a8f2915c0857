/**
 * Name of the cookie that identifies a guest learner. It holds a random token (lib/learner/token.ts), not
 * a database id. (The cookie before issue 14, `stepwise_learner`, held the raw learner id and is ignored.)
 */
export const GUEST_COOKIE = 'stepwise_guest';

/**
 * `secure` in production: the token is a bearer secret and must never cross plain HTTP (browsers accept
 * Secure cookies from http://localhost, so a local `next start` still works). Serve production over HTTPS.
 */
export function guestCookieOptions(nodeEnv: string | undefined = process.env.NODE_ENV) {
  return {
    httpOnly: true, // scripts never need it; keeps it away from XSS
    sameSite: 'lax' as const, // sent on top-level navigation, not on cross-site POSTs or embeds
    secure: nodeEnv === 'production',
    path: '/',
    maxAge: 60 * 60 * 24 * 365, // a year: progress should survive long breaks
  };
}

/** The guest cookie's value in a raw Cookie header (Better Auth's hooks see headers, not Next's cookies()). */
export function guestCookieFromHeader(cookieHeader: string | null | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === GUEST_COOKIE) return part.slice(eq + 1).trim() || null;
  }
  return null;
}
