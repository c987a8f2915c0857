import { z } from 'zod';
import { getLesson } from '@/lib/content';
import { SLUG_PATTERN } from '@/lib/content/lesson-schema';
import { db } from '@/lib/db/client';
import { getLessonCompletion } from '@/lib/db/progress';
import { readLearnerId } from '@/lib/learner/session';

const lessonSlug = z.string().max(100).regex(SLUG_PATTERN).refine((slug) => getLesson(slug) !== undefined);

/**
 * The current learner's completion of one lesson. Lesson pages are static HTML built once for everyone,
 * so their progress panel asks here after loading. An unknown slug is a short 404 that does not repeat
 * the slug back (issue 14: a 5,000-character one came back in full).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = lessonSlug.safeParse((await params).slug);
  if (!parsed.success) return Response.json({ error: 'No lesson has this address.' }, { status: 404 });
  const slug = parsed.data;
  const learnerId = await readLearnerId();
  const completedAt = learnerId ? await getLessonCompletion(db, learnerId, slug) : null;
  return Response.json(
    { slug, completedAt: completedAt?.toISOString() ?? null },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
