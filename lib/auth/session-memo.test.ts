import { describe, expect, it } from 'vitest';
import { cacheCookieExpiry, SessionMemo, sessionMemoKey } from './session-memo';

const names = { sessionToken: 'stepwise.session_token', sessionData: 'stepwise.session_data' };

describe('sessionMemoKey', () => {
  it('keys by the exact token and cache cookie values, and only when both are there', () => {
    expect(sessionMemoKey('a=1; stepwise.session_token=t.sig; stepwise.session_data=DATA', names)).toBe('t.sig\nDATA');
    expect(sessionMemoKey('stepwise.session_token=t.sig', names)).toBeNull();
    expect(sessionMemoKey('stepwise.session_data=DATA', names)).toBeNull();
    expect(sessionMemoKey(null, names)).toBeNull();
    // A chunked cache cookie goes to Better Auth every time.
    expect(sessionMemoKey('stepwise.session_token=t; stepwise.session_data=A; stepwise.session_data.0=B', names)).toBeNull();
  });
});

describe('cacheCookieExpiry', () => {
  it("reads the compact cache cookie's expiresAt, or null when it is not one", () => {
    const data = Buffer.from(JSON.stringify({ session: {}, expiresAt: 1234, signature: 'x' })).toString('base64url');
    expect(cacheCookieExpiry(`tok\n${data}`)).toBe(1234);
    expect(cacheCookieExpiry('tok\nnot-json')).toBeNull();
  });
});

describe('SessionMemo', () => {
  it('returns an entry until its expiry and never after', () => {
    const memo = new SessionMemo<string>(4);
    memo.set('k', 'session', 'u1', 1_000, 0);
    expect(memo.get('k', 999)).toBe('session');
    expect(memo.get('k', 1_000)).toBeUndefined();
    expect(memo.size).toBe(0);
    memo.set('late', 'session', 'u1', 500, 500);
    expect(memo.size).toBe(0);
  });

  it('drops the least recently used entry past its capacity', () => {
    const memo = new SessionMemo<string>(2);
    memo.set('a', 'A', 'u1', 10, 0);
    memo.set('b', 'B', 'u2', 10, 0);
    expect(memo.get('a', 1)).toBe('A');
    memo.set('c', 'C', 'u3', 10, 0);
    expect(memo.get('b', 1)).toBeUndefined();
    expect(memo.get('a', 1)).toBe('A');
    expect(memo.get('c', 1)).toBe('C');
    expect(() => new SessionMemo(0)).toThrow(/positive integer/);
  });

  it('forgets one key on sign-out and every key of an account on a role change', () => {
    const memo = new SessionMemo<string>(8);
    memo.set('a', 'A', 'u1', 10, 0);
    memo.set('b', 'B', 'u1', 10, 0);
    memo.set('c', 'C', 'u2', 10, 0);
    memo.forget('c');
    expect(memo.get('c', 1)).toBeUndefined();
    memo.forgetUser('u1');
    expect(memo.size).toBe(0);
  });
});
