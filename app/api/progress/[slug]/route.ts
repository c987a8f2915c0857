import { getLesson } from '@/lib/content';
import { db } from '@/lib/db/client';
import { getLessonCompletion } from '@/lib/db/progress';
import { readLearnerId } from '@/lib/learner/session';

/**
 * The current learner's completion of one lesson. Lesson pages are static HTML built once for everyone,
 * so their progress panel asks here after loading.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!getLesson(slug)) return Response.json({ error: `no lesson "${slug}"` }, { status: 404 });
  const learnerId = await readLearnerId();
  const completedAt = learnerId ? await getLessonCompletion(db, learnerId, slug) : null;
  return Response.json(
    { slug, completedAt: completedAt?.toISOString() ?? null },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
