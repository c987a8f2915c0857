'use client';
// An exam whose time ran out while nobody was looking: grade it now (a Server Action, not the page's
// render) and show the result.
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

export function AutoFinish({ attemptId, finish }: { attemptId: string; finish: (id: unknown) => Promise<{ status: 'finished' } | { status: 'invalid'; message: string }> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    finish(attemptId)
      .then((r) => (r.status === 'finished' ? router.refresh() : live && setError(r.message)))
      .catch(() => live && setError('The server could not be reached. Reload the page to try again.'));
    return () => {
      live = false;
    };
  }, [attemptId, finish, router]);
  return (
    <p role="status" className="rounded-xl border border-border bg-surface p-6">
      {error ?? 'Time is up. Grading your answers…'}
    </p>
  );
}
