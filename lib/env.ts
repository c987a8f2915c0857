import { z } from 'zod';

/**
 * The environment, validated once when the server starts. Every variable is optional: with none set the
 * app uses the embedded PGlite database in ./data/pglite.
 */
const emptyAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const envSchema = z.object({
  // Empty counts as unset: PGlite given an empty folder path fails obscurely (prisma-offline.md, 11).
  DATABASE_URL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .refine((v) => /^(postgres(ql)?:\/\/|file:)/i.test(v) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(v), {
        message: 'must be postgres://..., postgresql://..., file:<folder> or a folder path',
      })
      .optional(),
  ),
  // Signs Better Auth's session cookies (lib/auth). Unset: a random one is generated once and kept in
  // ./data/auth-secret, so `npm start` needs no variables; set it when several machines share a database.
  BETTER_AUTH_SECRET: z.preprocess(
    emptyAsUnset,
    z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),
  ),
  // The public origin (https://stepwise.example); unset, it is taken from each request's Host header.
  BETTER_AUTH_URL: z.preprocess(emptyAsUnset, z.url({ message: 'must be an absolute URL such as https://stepwise.example' }).optional()),
  // Seconds a signed-in session is trusted from its signed cookie before the database is asked again
  // (lib/auth/config.ts): each request then skips the session and user queries. 0 turns the cache off.
  STEPWISE_SESSION_CACHE_SECONDS: z.preprocess(
    emptyAsUnset,
    z.coerce.number().int('must be a whole number of seconds').min(0, 'must be 0 or more').max(3600, 'must be at most 3600').default(60),
  ),
  // How many verified sessions each process memoizes until their cookie cache expires (lib/auth/session-memo.ts);
  // 0 turns the memo off (every request verifies its cookies again).
  STEPWISE_SESSION_MEMO_SIZE: z.preprocess(
    emptyAsUnset,
    z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more').max(1_000_000, 'must be at most 1000000').default(5_000),
  ),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof envSchema>;

/** Parses an environment; the error lists every bad variable by name. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
