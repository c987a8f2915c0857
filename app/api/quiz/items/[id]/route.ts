import { z } from 'zod';
import { getQuizItem } from '@/lib/content/quizzes';
import { SLUG_PATTERN } from '@/lib/content/lesson-schema';
import { materialize, MAX_SEED, newSeed } from '@/lib/quiz';

const query = z.object({
  id: z.string().regex(SLUG_PATTERN, 'not an item id'),
  seed: z.coerce.number().int('not a seed').min(0, 'not a seed').max(MAX_SEED, 'not a seed').optional(),
  after: z.coerce.number().int('not a seed').min(0, 'not a seed').max(MAX_SEED, 'not a seed').optional(),
});

/** Draws up to this many seeds looking for numbers unlike the previous attempt's. */
const REDRAWS = 25;

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
  // "Try again with new numbers" must not show the same numbers again: redraw while the parameters repeat.
  const previous = parsed.data.after === undefined ? undefined : JSON.stringify(materialize(item, parsed.data.after).question.params);
  let question = materialize(item, newSeed()).question;
  for (let i = 0; i < REDRAWS && previous !== undefined && JSON.stringify(question.params) === previous; i++) question = materialize(item, newSeed()).question;
  return Response.json({ question }, { headers: { 'Cache-Control': 'no-store' } });
}
