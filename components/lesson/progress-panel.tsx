'use client';

import { useActionState, useEffect, useState } from 'react';
import { initialProgressState, type ProgressState } from './progress-state';

type Props = {
  slug: string;
  action: (previous: ProgressState, formData: FormData) => Promise<ProgressState>;
};

type Loaded = { state: 'loading' } | { state: 'ready'; completedAt: string | null } | { state: 'failed' };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * "Mark as complete" for a lesson. The page is static, so the saved state is fetched after load; the
 * form posts to a server action and works before hydration too (progressive enhancement).
 */
export function LessonProgressPanel({ slug, action }: Props) {
  const [result, formAction, pending] = useActionState(action, initialProgressState);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/progress/${encodeURIComponent(slug)}`, { signal: controller.signal, cache: 'no-store' })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((data: { completedAt: string | null }) => setLoaded({ state: 'ready', completedAt: data.completedAt }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          console.error('could not load lesson progress', error);
          setLoaded({ state: 'failed' });
        }
      });
    return () => controller.abort();
  }, [slug]);

  // After a save the action's answer is the truth; before it, what the server said on load.
  const completedAt = result.status === 'saved' ? result.completedAt : loaded.state === 'ready' ? loaded.completedAt : null;
  const isComplete = completedAt !== null;
  const errors = [result.message, ...(result.fieldErrors?.slug ?? []), ...(result.fieldErrors?.intent ?? [])].filter(Boolean);

  return (
    <section
      aria-labelledby="progress-heading"
      className={`rounded-xl border p-5 ${isComplete ? 'border-success bg-success-soft' : 'border-border bg-surface'}`}
    >
      <h2 id="progress-heading" className="text-lg font-semibold">
        Your progress
      </h2>
      <p className="mt-1 text-muted" role="status" aria-live="polite">
        {loaded.state === 'loading' && result.status === 'idle'
          ? 'Checking your progress…'
          : isComplete
            ? `You completed this lesson on ${dateFormat.format(new Date(completedAt))}.`
            : 'Finished reading? Mark the lesson complete to keep track of where you are.'}
      </p>
      <form action={formAction} className="mt-4 flex flex-wrap items-center gap-3">
        <input type="hidden" name="slug" value={slug} />
        {isComplete ? (
          <button type="submit" name="intent" value="reset" className="btn btn-secondary" disabled={pending}>
            {pending ? 'Saving…' : 'Mark as not complete'}
          </button>
        ) : (
          <button type="submit" name="intent" value="complete" className="btn btn-primary" disabled={pending}>
            {pending ? 'Saving…' : 'Mark as complete'}
          </button>
        )}
      </form>
      {errors.length > 0 && (
        <ul role="alert" className="mt-3 text-sm text-danger">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {loaded.state === 'failed' && result.status === 'idle' && (
        <p className="mt-3 text-sm text-danger">Your saved progress could not be loaded.</p>
      )}
    </section>
  );
}
