// A per-process memo of sessions Better Auth has already answered from its signed cookie cache (issue 16's
// p95 target): verifying the two signed cookies costs two WebCrypto HMACs, each a round trip through libuv's
// thread pool, and was most of a quiz answer's time in the action (docs/write-path-profile.md).
//
// What is trusted does not change: an entry is keyed by the exact cookie values Better Auth verified (the
// same signed input always verifies the same way; any other byte is another key and goes to Better Auth),
// and it is kept no longer than the cookie cache itself would answer (the payload's own expiresAt, and never
// past the session's). Sign-out here and a role change here drop entries at once; elsewhere they reach this
// process when the cookie cache would have let them, as before.
// https://www.better-auth.com/docs/concepts/session-management#cookie-cache

/** The cookies that decide a cookie-cache answer, by name (the session token and the cached session). */
export type SessionCookieNames = { sessionToken: string; sessionData: string };

type Entry<T> = { value: T; userId: string; expiresAt: number };

/** Parses a Cookie header into name -> value (first occurrence wins, as Better Auth's parser does). */
function parseCookieHeader(header: string): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (name && !jar.has(name)) jar.set(name, part.slice(at + 1).trim());
  }
  return jar;
}

/**
 * The memo key for a request's Cookie header, or null when the request cannot be answered from the memo:
 * no session token, no cache cookie, or a cache cookie split in chunks (too large to be worth keying).
 */
export function sessionMemoKey(cookieHeader: string | null | undefined, names: SessionCookieNames): string | null {
  if (!cookieHeader) return null;
  const jar = parseCookieHeader(cookieHeader);
  const token = jar.get(names.sessionToken);
  const data = jar.get(names.sessionData);
  if (!token || !data || jar.has(`${names.sessionData}.0`)) return null;
  return `${token}\n${data}`;
}

/**
 * When the compact cache cookie in `key` stops being accepted: its signed payload's expiresAt. Read only
 * after Better Auth accepted this exact value (so the signature is known good); null when unreadable.
 */
export function cacheCookieExpiry(key: string): number | null {
  const data = key.slice(key.indexOf('\n') + 1);
  try {
    const json: unknown = JSON.parse(Buffer.from(decodeURIComponent(data), 'base64url').toString('utf8'));
    const expiresAt = (json as { expiresAt?: unknown } | null)?.expiresAt;
    return typeof expiresAt === 'number' && Number.isFinite(expiresAt) ? expiresAt : null;
  } catch {
    return null;
  }
}

/** A bounded LRU of verified sessions; the caller passes `now` so expiry is testable. */
export class SessionMemo<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`SessionMemo capacity must be a positive integer (got ${capacity})`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The session for this key while its entry is fresh; an expired entry is dropped, never returned. */
  get(key: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) return undefined;
    this.entries.set(key, entry); // most recently used goes last
    return entry.value;
  }

  set(key: string, value: T, userId: string, expiresAt: number, now: number): void {
    if (expiresAt <= now) return;
    this.entries.delete(key);
    this.entries.set(key, { value, userId, expiresAt });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Drops this key (sign-out in this process). */
  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Drops every session of one account (its role changed in this process). */
  forgetUser(userId: string): void {
    for (const [key, entry] of this.entries) if (entry.userId === userId) this.entries.delete(key);
  }
}
