import 'server-only';
import { connection } from 'next/server';
import { db } from '@/lib/db/client';
import { getProgress } from '@/lib/db/progress';
import { readLearnerId } from '@/lib/learner/session';

/**
 * The slugs of the lessons the current learner has completed (empty for a first visit). Makes the page
 * render per request: progress must never be baked into static HTML, and the build must not open the
 * database (prisma-offline.md, pitfall 9).
 */
export async function completedLessons(): Promise<Set<string>> {
  await connection();
  const learnerId = await readLearnerId();
  if (!learnerId) return new Set();
  return new Set((await getProgress(db, learnerId)).map((p) => p.lessonSlug));
}
