import { z } from 'zod';
import { getQuizItem } from '@/lib/content/quizzes';
import { SLUG_PATTERN } from '@/lib/content/lesson-schema';
import { freshQuestion, materialize, MAX_SEED } from '@/lib/quiz';

const query = z.object({
  id: z.string().regex(SLUG_PATTERN, 'not an item id'),
  seed: z.coerce.number().int('not a seed').min(0, 'not a seed').max(MAX_SEED, 'not a seed').optional(),
  after: z.coerce.number().int('not a seed').min(0, 'not a seed').max(MAX_SEED, 'not a seed').optional(),
});

/**
 * One quiz item as a learner sees it (no answer in it), for "try again with new numbers": a fresh seed
 * (with other numbers than the attempt `after`) unless a seed is asked for. Grading never trusts this: the
 * server rebuilds the question from the item and the seed.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const search = new URL(request.url).searchParams;
  const given = (name: string) => (search.get(name) !== null ? { [name]: search.get(name) } : {});
  const parsed = query.safeParse({ id: (await params).id, ...given('seed'), ...given('after') });
  if (!parsed.success) return Response.json({ error: 'bad request', fieldErrors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  const item = getQuizItem(parsed.data.id);
  if (!item) return Response.json({ error: `no quiz item "${parsed.data.id}"` }, { status: 404 });
  if (parsed.data.seed !== undefined) return Response.json({ question: materialize(item, parsed.data.seed).question }, { headers: { 'Cache-Control': 'no-store' } });
  // "Try again with new numbers" must not show the same numbers again.
  return Response.json({ question: freshQuestion(item, parsed.data.after) }, { headers: { 'Cache-Control': 'no-store' } });
}
