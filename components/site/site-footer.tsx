import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-border">
      <div className="container-page flex flex-col gap-2 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between">
        <p>Stepwise: learn AWS Step Functions by reading, running and breaking state machines.</p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/learn">Lessons</Link>
          {/* No prefetch: the sandbox route is ~170 kB of editor and graph code, and the footer comes into view
              on every page a learner reads to the end (issue 15, bench-bundle's lesson target). */}
          <Link href="/sandbox" prefetch={false}>
            Sandbox
          </Link>
        </nav>
      </div>
      <div className="container-page pb-8 text-xs text-muted">
        Not affiliated with Amazon Web Services. AWS and AWS Step Functions are trademarks of Amazon.com, Inc.
      </div>
    </footer>
  );
}
