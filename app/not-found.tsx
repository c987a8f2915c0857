import Link from 'next/link';
import { getLessons } from '@/lib/content';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  const first = getLessons()[0];
  return (
    <div className="container-page py-20">
      <div className="max-w-xl">
        <p className="font-mono text-sm text-muted">404 · States.NoChoiceMatched</p>
        <h1 className="mt-3 text-4xl font-bold tracking-tight">This page is not part of the course</h1>
        <p className="mt-4 text-lg text-muted">
          No state matched the address you asked for. It may have moved, or the link has a typo.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/learn" className="btn btn-primary">
            See all lessons
          </Link>
          {first && (
            <Link href={`/learn/${first.slug}`} className="btn btn-secondary">
              Start with “{first.title}”
            </Link>
          )}
          <Link href="/" className="btn btn-secondary">
            Home
          </Link>
        </div>
      </div>
    </div>
  );
}
