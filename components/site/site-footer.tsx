import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-border">
      <div className="container-page flex flex-col gap-2 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between">
        <p>Stepwise: learn AWS Step Functions by reading, running and breaking state machines.</p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/learn">Lessons</Link>
          <Link href="/sandbox">Sandbox</Link>
        </nav>
      </div>
      <div className="container-page pb-8 text-xs text-muted">
        Not affiliated with Amazon Web Services. AWS and AWS Step Functions are trademarks of Amazon.com, Inc.
      </div>
    </footer>
  );
}
