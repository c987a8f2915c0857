// Runs once when the Next.js server starts (not during `next build`): validate the environment now, so a
// bad DATABASE_URL stops the server with a clear message instead of failing on the first request that
// touches the database, and take the embedded database folder's lock so a second server on the same
// folder refuses to start (issue 14).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./lib/env');
    const { holdDatabaseFolder } = await import('./lib/db/server-lock');
    if (!holdDatabaseFolder(env.DATABASE_URL)) process.exit(1);
    // Warm a standby grading worker now, so the first submission is graded warm (issue 12).
    const { keepGradingStandby } = await import('./lib/grading-server/bounded-grade');
    keepGradingStandby();
  }
}
