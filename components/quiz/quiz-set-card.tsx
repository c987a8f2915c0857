import Link from 'next/link';

export interface SetProgress {
  items: number;
  cost: number;
  concept: number;
  /** Items whose latest attempt was right. */
  right: number;
  /** Items attempted at least once. */
  tried: number;
}

/** A topic or an exam domain on the quizzes index: what is in it, how far the learner is, and the two ways in. */
export function QuizSetCard({ title, href, progress, description }: { title: string; href: string; progress: SetProgress; description?: string }) {
  const pct = progress.items === 0 ? 0 : Math.round((100 * progress.right) / progress.items);
  return (
    <li className="flex flex-col rounded-xl border border-border bg-surface p-4">
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={href} className="text-text no-underline hover:text-accent">
          {title}
        </Link>
      </h3>
      {description && <p className="mt-1 text-sm text-muted">{description}</p>}
      <p className="mt-1 text-sm text-muted">
        {progress.items} question{progress.items === 1 ? '' : 's'}: {progress.cost} cost, {progress.concept} concept
      </p>
      <div className="mt-3">
        <div className="h-1.5 overflow-hidden rounded-full bg-surface-2" role="img" aria-label={`${progress.right} of ${progress.items} right on your latest try`}>
          <div className="h-full rounded-full bg-success" style={{ width: `${pct}%` }} />
        </div>
        <p className="mt-1 text-xs text-muted">
          {progress.tried === 0 ? 'Not started' : `${progress.right} of ${progress.items} right on your latest try`}
        </p>
      </div>
      <div className="mt-auto flex flex-wrap gap-2 pt-4">
        <Link href={href} className="btn btn-primary px-3 py-1.5 text-sm" aria-label={`Practice: ${title}`}>
          Practice
        </Link>
        <Link href={`${href}${href.includes('?') ? '&' : '?'}mode=exam`} className="btn btn-secondary px-3 py-1.5 text-sm" aria-label={`Exam style: ${title}`}>
          Exam style
        </Link>
      </div>
    </li>
  );
}
