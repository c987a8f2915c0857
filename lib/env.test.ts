import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('accepts an empty environment (the app runs with no variables)', () => {
    expect(parseEnv({})).toEqual({ DATABASE_URL: undefined, NODE_ENV: 'development' });
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
  });
});
