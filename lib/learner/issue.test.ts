import { describe, expect, it } from 'vitest';
import { GUEST_COOKIE } from './cookie';
import { shouldIssueGuestToken } from './issue';
import { isGuestToken, isIssuedGuestToken, issueGuestToken, newGuestToken } from './token';

const SECRET = 'a test secret that is at least thirty-two characters long';

describe('signed guest tokens (issued with the first page, issue 14)', () => {
  it('carry 256 random bits and an HMAC of them, and are told apart from made-up ones', () => {
    const tokens = Array.from({ length: 50 }, () => issueGuestToken(SECRET));
    expect(new Set(tokens).size).toBe(50);
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(t.split('.')[0]!, 'base64url')).toHaveLength(32);
      expect(isGuestToken(t)).toBe(true);
      expect(isIssuedGuestToken(t, SECRET)).toBe(true);
    }
    const [random, signature] = tokens[0]!.split('.') as [string, string];
    expect(isIssuedGuestToken(`${'A'.repeat(43)}.${signature}`, SECRET)).toBe(false); // another random part
    expect(isIssuedGuestToken(`${random}.${'A'.repeat(43)}`, SECRET)).toBe(false); // a made-up signature
    expect(isIssuedGuestToken(tokens[0]!, 'another secret, also thirty-two characters or more')).toBe(false);
    expect(isIssuedGuestToken(newGuestToken(), SECRET)).toBe(false); // the older unsigned form: found, never adopted
    expect(isIssuedGuestToken(`${tokens[0]}x`, SECRET)).toBe(false);
  });
});

function request(init: { method?: string; accept?: string; cookies?: Record<string, string> }) {
  const jar = Object.entries(init.cookies ?? {}).map(([name, value]) => ({ name, value }));
  return {
    method: init.method ?? 'GET',
    headers: new Headers(init.accept === undefined ? { accept: 'text/html,application/xhtml+xml' } : { accept: init.accept }),
    cookies: { get: (name: string) => jar.find((c) => c.name === name), getAll: () => jar },
  };
}

describe('shouldIssueGuestToken', () => {
  it('gives a token with a page load to a visitor without one', () => {
    expect(shouldIssueGuestToken(request({}))).toBe(true);
    expect(shouldIssueGuestToken(request({ cookies: { [GUEST_COOKIE]: 'not a token' } }))).toBe(true);
  });

  it('leaves a visitor who has a token alone (signed, or the older form still found by lookup)', () => {
    expect(shouldIssueGuestToken(request({ cookies: { [GUEST_COOKIE]: issueGuestToken(SECRET) } }))).toBe(false);
    expect(shouldIssueGuestToken(request({ cookies: { [GUEST_COOKIE]: newGuestToken() } }))).toBe(false);
  });

  it('gives none to a signed-in account, to writes, or to requests for anything but a page', () => {
    expect(shouldIssueGuestToken(request({ cookies: { 'stepwise.session_token': 'x' } }))).toBe(false);
    expect(shouldIssueGuestToken(request({ cookies: { '__Secure-stepwise.session_token': 'x' } }))).toBe(false);
    expect(shouldIssueGuestToken(request({ method: 'POST' }))).toBe(false);
    expect(shouldIssueGuestToken(request({ accept: 'text/x-component' }))).toBe(false);
    expect(shouldIssueGuestToken(request({ accept: 'application/json' }))).toBe(false);
  });
});
