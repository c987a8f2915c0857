import { z } from 'zod';
import { getQuizItem } from '@/lib/content/quizzes';
import { SLUG_PATTERN } from '@/lib/content/lesson-schema';
import { materialize, MAX_SEED, newSeed } from '@/lib/quiz';

const query = z.object({
  id: z.string().regex(SLUG_PATTERN, 'not an item id'),
  seed: z.coerce.number().int('not a seed').min(0, 'not a seed').max(MAX_SEED, 'not a seed').optional(),
});

/**
 * One quiz item as a learner sees it (no answer in it), for "try again with new numbers": a fresh seed
 * unless one is asked for. Grading never trusts this: the server rebuilds the question from item and seed.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const seedText = new URL(request.url).searchParams.get('seed');
  const parsed = query.safeParse({ id: (await params).id, ...(seedText !== null ? { seed: seedText } : {}) });
  if (!parsed.success) return Response.json({ error: 'bad request', fieldErrors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  const item = getQuizItem(parsed.data.id);
  if (!item) return Response.json({ error: `no quiz item "${parsed.data.id}"` }, { status: 404 });
  const { question } = materialize(item, parsed.data.seed ?? newSeed());
  return Response.json({ question }, { headers: { 'Cache-Control': 'no-store' } });
}
