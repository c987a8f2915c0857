'use server';

import { z } from 'zod';
import { getLesson } from '@/lib/content';
import { SLUG_PATTERN } from '@/lib/content/lesson-schema';
import { db } from '@/lib/db/client';
import { markLessonComplete, unmarkLessonComplete } from '@/lib/db/progress';
import { parseForm } from '@/lib/forms/parse-form';
import { ensureLearnerId, GuestLimitError, readLearnerId } from '@/lib/learner/session';
import { measure } from '@/lib/perf/profile';
import type { ProgressState } from '@/components/lesson/progress-state';

const progressInput = z.object({
  slug: z
    .string({ error: 'missing lesson' })
    .max(100, 'not a lesson slug')
    .regex(SLUG_PATTERN, 'not a lesson slug')
    .refine((slug) => getLesson(slug) !== undefined, 'no lesson has this slug'),
  intent: z.enum(['complete', 'reset'], { error: 'must be "complete" or "reset"' }),
});

/**
 * Marks a lesson complete (or not) for the current learner. A guest learner is created only when there
 * is something to keep: completing a lesson, never un-ticking one nobody ticked (issue 14).
 */
export async function updateLessonProgress(previous: ProgressState, formData: FormData): Promise<ProgressState> {
  // Timed only when profiling is on (lib/perf/profile.ts, scripts/bench-progress.mjs).
  return measure('action', () => update(previous, formData));
}

async function update(_previous: ProgressState, formData: FormData): Promise<ProgressState> {
  const parsed = parseForm(progressInput, formData);
  if (!parsed.ok) {
    return {
      status: 'error',
      completedAt: null,
      fieldErrors: parsed.fieldErrors,
      message: parsed.message || 'This lesson could not be updated.',
    };
  }
  const { slug, intent } = parsed.data;
  try {
    if (intent === 'reset') {
      await measure('db', async () => {
        const learnerId = await readLearnerId();
        if (learnerId) await unmarkLessonComplete(db, learnerId, slug);
      });
      return { status: 'saved', completedAt: null };
    }
    const entry = await measure('db', async () => markLessonComplete(db, await ensureLearnerId(), slug));
    return { status: 'saved', completedAt: entry.completedAt.toISOString() };
  } catch (error) {
    if (error instanceof GuestLimitError) return { status: 'error', completedAt: null, message: error.message };
    console.error('updateLessonProgress failed', error);
    return { status: 'error', completedAt: null, message: 'Your progress could not be saved. Please try again.' };
  }
}
