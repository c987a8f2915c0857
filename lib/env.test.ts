import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('accepts an empty environment (the app runs with no variables)', () => {
    expect(parseEnv({})).toEqual({ DATABASE_URL: undefined, BETTER_AUTH_SECRET: undefined, BETTER_AUTH_URL: undefined, STEPWISE_SESSION_CACHE_SECONDS: 60, STEPWISE_SESSION_MEMO_SIZE: 5000, NODE_ENV: 'development' });
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: '  ' }).DATABASE_URL).toBeUndefined();
  });

  it('accepts PostgreSQL URLs, file: URLs and folder paths', () => {
    for (const url of ['postgres://u@h/db', 'postgresql://h/db', 'file:./data/e2e-pglite', 'data/other']) {
      expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });

  it('names the variable and the problem when a value is wrong', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://root@db/x' })).toThrow(/DATABASE_URL: must be postgres:\/\//);
    expect(() => parseEnv({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV:/);
    expect(parseEnv({ STEPWISE_SESSION_CACHE_SECONDS: '0' }).STEPWISE_SESSION_CACHE_SECONDS).toBe(0);
    expect(parseEnv({ STEPWISE_SESSION_MEMO_SIZE: '0' }).STEPWISE_SESSION_MEMO_SIZE).toBe(0);
    expect(() => parseEnv({ STEPWISE_SESSION_MEMO_SIZE: '-3' })).toThrow(/STEPWISE_SESSION_MEMO_SIZE: must be 0 or more/);
    expect(() => parseEnv({ STEPWISE_SESSION_CACHE_SECONDS: '-1' })).toThrow(/STEPWISE_SESSION_CACHE_SECONDS: must be 0 or more/);
    expect(() => parseEnv({ STEPWISE_SESSION_CACHE_SECONDS: 'soon' })).toThrow(/STEPWISE_SESSION_CACHE_SECONDS/);
  });

  it('wants a long auth secret and an absolute public URL', () => {
    expect(() => parseEnv({ BETTER_AUTH_SECRET: 'short' })).toThrow(/BETTER_AUTH_SECRET: must be at least 32 characters/);
    expect(parseEnv({ BETTER_AUTH_SECRET: 'x'.repeat(32) }).BETTER_AUTH_SECRET).toBe('x'.repeat(32));
    expect(parseEnv({ BETTER_AUTH_SECRET: '' }).BETTER_AUTH_SECRET).toBeUndefined();
    expect(() => parseEnv({ BETTER_AUTH_URL: 'stepwise.example' })).toThrow(/BETTER_AUTH_URL: must be an absolute URL/);
  });
});
