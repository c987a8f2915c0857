// Runs once when the Next.js server starts: validate the environment now, so a bad DATABASE_URL stops
// the server with a clear message instead of failing on the first request that touches the database.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    await import('./lib/env');
  }
}
