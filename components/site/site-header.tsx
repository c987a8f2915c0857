import Link from 'next/link';
import { getLessons } from '@/lib/content';
import { CourseMapDisclosure } from './course-map';
import { ThemeToggle } from './theme-toggle';

/** Site header: brand, main navigation, the course map (every lesson in order) and the theme switch. */
export function SiteHeader() {
  const lessons = getLessons();
  return (
    <header className="border-b border-border bg-surface/80 backdrop-blur">
      <div className="container-page flex flex-wrap items-center gap-x-6 gap-y-2 py-3">
        <Link href="/" className="flex items-center gap-2 font-bold text-text no-underline hover:text-text">
          <Logo />
          <span>Stepwise</span>
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap items-center gap-x-5 gap-y-1 text-[0.95rem]">
          <Link href="/learn" className="font-medium text-text no-underline hover:text-accent">
            Learn
          </Link>
          <Link href="/practice" className="font-medium text-text no-underline hover:text-accent">
            Practice
          </Link>
          <Link href="/sandbox" className="font-medium text-text no-underline hover:text-accent">
            Sandbox
          </Link>
          <CourseMapDisclosure
            summary={
              <summary className="cursor-pointer list-none font-medium text-text hover:text-accent [&::-webkit-details-marker]:hidden">
                Course map <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-180">▾</span>
              </summary>
            }
          >
            <div className="absolute left-0 z-20 mt-2 w-80 max-w-[85vw] rounded-xl border border-border bg-surface p-3 shadow-lg">
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
        <Link href="/account" className="font-medium text-text no-underline hover:text-accent">
          Account
        </Link>
        <ThemeToggle />
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
