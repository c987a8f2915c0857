/** Name of the cookie that identifies a guest learner. */
export const LEARNER_COOKIE = 'stepwise_learner';

/** Prisma cuid() ids: a "c" and 24 lowercase letters or digits. Anything else is ignored. */
export function isLearnerId(value: string): boolean {
  return /^c[a-z0-9]{20,31}$/.test(value);
}

export function learnerCookieOptions() {
  return {
    httpOnly: true, // scripts never need it; keeps it away from XSS
    sameSite: 'lax' as const,
    path: '/',
    maxAge: 60 * 60 * 24 * 365, // a year: progress should survive long breaks
  };
}
