import { describe, expect, it } from 'vitest';
import { nextPath, signInSchema, signUpSchema } from './forms';

describe('auth forms', () => {
  it('normalises the email and keeps a good sign-up', () => {
    const r = signUpSchema.safeParse({ name: ' Ada ', email: ' Ada@Example.COM ', password: 'correct horse battery' });
    expect(r.success && r.data).toEqual({ name: 'Ada', email: 'ada@example.com', password: 'correct horse battery', next: '/' });
  });

  it('says which field is wrong and why', () => {
    const r = signUpSchema.safeParse({ name: '', email: 'not-an-email', password: 'short' });
    expect(r.success).toBe(false);
    const fields = r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path[0], i.message]));
    expect(fields).toEqual({
      name: 'Enter your name.',
      email: 'Enter an email address such as ada@example.com.',
      password: 'Use at least 10 characters.',
    });
    expect(signInSchema.safeParse({ email: 'a@b.co', password: '' }).success).toBe(false);
  });

  it('only ever redirects to a path on this site', () => {
    expect(nextPath.parse('/learn/intro?x=1')).toBe('/learn/intro?x=1');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', undefined]) {
      expect(nextPath.parse(bad)).toBe('/');
    }
  });
});
