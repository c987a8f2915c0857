'use server';

import { z } from 'zod';
import { getLesson } from '@/lib/content';
import { SLUG_PATTERN } from '@/lib/content/lesson-schema';
import { db } from '@/lib/db/client';
import { markLessonComplete, unmarkLessonComplete } from '@/lib/db/progress';
import { ensureLearnerId } from '@/lib/learner/session';
import type { ProgressState } from '@/components/lesson/progress-state';

const progressInput = z.object({
  slug: z
    .string({ error: 'missing lesson' })
    .regex(SLUG_PATTERN, 'not a lesson slug')
    .refine((slug) => getLesson(slug) !== undefined, 'no lesson has this slug'),
  intent: z.enum(['complete', 'reset'], { error: 'must be "complete" or "reset"' }),
});

/** Marks a lesson complete (or not) for the current learner, creating a guest learner on first use. */
export async function updateLessonProgress(_previous: ProgressState, formData: FormData): Promise<ProgressState> {
  const parsed = progressInput.safeParse({ slug: formData.get('slug'), intent: formData.get('intent') });
  if (!parsed.success) {
    return {
      status: 'error',
      completedAt: null,
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      message: 'This lesson could not be updated.',
    };
  }
  const { slug, intent } = parsed.data;
  try {
    const learnerId = await ensureLearnerId();
    if (intent === 'reset') {
      await unmarkLessonComplete(db, learnerId, slug);
      return { status: 'saved', completedAt: null };
    }
    const entry = await markLessonComplete(db, learnerId, slug);
    return { status: 'saved', completedAt: entry.completedAt.toISOString() };
  } catch (error) {
    console.error('updateLessonProgress failed', error);
    return { status: 'error', completedAt: null, message: 'Your progress could not be saved. Please try again.' };
  }
}
