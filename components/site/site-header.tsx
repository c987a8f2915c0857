import Link from 'next/link';
import { getLessons } from '@/lib/content';
import { CourseMapDisclosure } from './course-map';
import { ThemeToggle } from './theme-toggle';

/** Site header: brand, main navigation (course, practice, sandbox), the course map (every lesson in order) and the theme switch. */
export function SiteHeader() {
  const lessons = getLessons();
  return (
    <header className="border-b border-border bg-surface/80 backdrop-blur">
      {/* On a phone: brand and theme switch on the first row, the navigation on its own row below. */}
      <div className="container-page relative flex flex-wrap items-center gap-x-6 gap-y-2 py-3">
        <Link href="/" className="flex items-center gap-2 font-bold text-text no-underline hover:text-text">
          <Logo />
          <span>Stepwise</span>
        </Link>
        <nav aria-label="Main" className="order-3 flex w-full flex-wrap items-center gap-x-5 gap-y-1 text-[0.95rem] sm:order-none sm:w-auto sm:flex-1">
          <Link href="/learn" className="font-medium text-text no-underline hover:text-accent">
            Learn
          </Link>
          <Link href="/practice" className="font-medium text-text no-underline hover:text-accent">
            Practice
          </Link>
          <Link href="/progress" className="font-medium text-text no-underline hover:text-accent">
            Progress
          </Link>
          {/* No prefetch: the sandbox's editor is heavy, and every page would fetch it for a link most
              readers never follow. It loads when clicked. */}
          <Link href="/sandbox" prefetch={false} className="font-medium text-text no-underline hover:text-accent">
            Sandbox
          </Link>
          <CourseMapDisclosure
            summary={
              <summary className="cursor-pointer list-none font-medium text-text hover:text-accent [&::-webkit-details-marker]:hidden">
                Course map <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-180">▾</span>
              </summary>
            }
          >
            {/* A phone: the panel spans the header (it would run off the right edge under the summary). */}
            <div className="absolute inset-x-4 z-20 mt-2 max-h-[70vh] overflow-y-auto rounded-xl border border-border bg-surface p-3 shadow-lg sm:inset-x-auto sm:left-0 sm:w-80">
              <p className="px-2 pb-2 text-sm text-muted">{lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'}, in order</p>
              <ol className="space-y-1">
                {lessons.map((lesson) => (
                  <li key={lesson.slug}>
                    <Link
                      href={`/learn/${lesson.slug}`}
                      className="flex gap-2 rounded-lg px-2 py-1.5 text-text no-underline hover:bg-surface-2 hover:text-text"
                    >
                      <span className="w-5 text-right tabular-nums text-muted">{lesson.order}.</span>
                      <span>{lesson.title}</span>
                    </Link>
                  </li>
                ))}
              </ol>
            </div>
          </CourseMapDisclosure>
        </nav>
        <div className="ml-auto flex items-center gap-4 sm:ml-0">
          <Link href="/account" className="font-medium text-text no-underline hover:text-accent">
            Account
          </Link>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

function Logo() {
  return (
    <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
      <rect x="2" y="2" width="12" height="9" rx="2.5" fill="none" stroke="var(--accent)" strokeWidth="2.5" />
      <rect x="18" y="21" width="12" height="9" rx="2.5" fill="var(--accent)" />
      <path d="M8 11v8a4 4 0 0 0 4 4h5" fill="none" stroke="var(--accent)" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
