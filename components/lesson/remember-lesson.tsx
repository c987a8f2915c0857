'use client';
// Lesson pages are prerendered, so the visit is remembered by the browser: the home page reads this
// cookie to offer "continue where you left off" (lib/progress-server/continue.ts).
import { useEffect } from 'react';
import { LAST_LESSON_COOKIE, LAST_LESSON_MAX_AGE_S } from '@/lib/progress/continue';

export function RememberLesson({ slug }: { slug: string }) {
  useEffect(() => {
    const secure = window.location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${LAST_LESSON_COOKIE}=${encodeURIComponent(slug)}; Path=/; Max-Age=${LAST_LESSON_MAX_AGE_S}; SameSite=Lax${secure}`;
  }, [slug]);
  return null;
}
