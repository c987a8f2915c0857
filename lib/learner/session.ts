import 'server-only';
import { cookies } from 'next/headers';
import { db } from '../db/client';
import { createGuestLearner, learnerExists } from '../db/progress';
import { isLearnerId, LEARNER_COOKIE, learnerCookieOptions } from './cookie';

/** The learner id from the request's cookie, if it looks like one. Does not touch the database. */
export async function readLearnerId(): Promise<string | null> {
  const value = (await cookies()).get(LEARNER_COOKIE)?.value;
  return value && isLearnerId(value) ? value : null;
}

/**
 * The current learner, created as a guest (and remembered in a cookie) on their first write. Only
 * callable where cookies may be set: server actions and route handlers.
 */
export async function ensureLearnerId(): Promise<string> {
  const existing = await readLearnerId();
  // A cookie can outlive its row (a reset database, another DATABASE_URL): start a new guest then.
  if (existing && (await learnerExists(db, existing))) return existing;
  const { id } = await createGuestLearner(db);
  (await cookies()).set(LEARNER_COOKIE, id, learnerCookieOptions());
  return id;
}
