import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildCourse } from './lessons';
import type { LessonMeta } from './lesson-schema';

export type { LessonMeta } from './lesson-schema';
export { ContentError, type ContentIssue } from './lessons';

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

let cached: LessonMeta[] | undefined;

/** All lessons in course order, validated. Read once per process (content only changes with a build). */
export function getLessons(): LessonMeta[] {
  if (cached && process.env.NODE_ENV === 'production') return cached;
  const files = readdirSync(LESSONS_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      file: `content/lessons/${name}`,
      source: readFileSync(path.join(LESSONS_DIR, name), 'utf8'),
    }));
  cached = buildCourse(files);
  return cached;
}

export function getLesson(slug: string): LessonMeta | undefined {
  return getLessons().find((lesson) => lesson.slug === slug);
}

/** The lessons before and after one, for "previous / next" links. */
export function getNeighbours(slug: string): { previous?: LessonMeta; next?: LessonMeta } {
  const lessons = getLessons();
  const at = lessons.findIndex((lesson) => lesson.slug === slug);
  if (at < 0) return {};
  return { previous: lessons[at - 1], next: lessons[at + 1] };
}
