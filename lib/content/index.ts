import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildCourse } from './lessons';
import type { LessonMeta } from './lesson-schema';
import { SELF_CHECK_ID, SELF_CHECK_TITLE } from './lesson-components';
import { scanMdx } from './mdx-scan';

export type { LessonMeta, SelfCheckQuestion } from './lesson-schema';
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

export interface OutlineItem {
  /** The heading's id on the page (rehype-slug), or SELF_CHECK_ID for the self-check. */
  id: string;
  text: string;
  depth: 2 | 3;
}

/** A lesson's table of contents: its ## and ### headings, and the self-check where <SelfCheck /> stands. */
export function getLessonOutline(slug: string): OutlineItem[] {
  const scan = scanMdx(readFileSync(path.join(LESSONS_DIR, `${slug}.mdx`), 'utf8'));
  if (!scan.ok) return [];
  const items: { line: number; item: OutlineItem }[] = [];
  for (const h of scan.headings) if (h.depth === 2 || h.depth === 3) items.push({ line: h.position.line, item: { id: h.id, text: h.text, depth: h.depth } });
  const selfCheck = scan.components.find((c) => c.name === 'SelfCheck');
  if (selfCheck) items.push({ line: selfCheck.position.line, item: { id: SELF_CHECK_ID, text: SELF_CHECK_TITLE, depth: 2 } });
  return items.sort((a, b) => a.line - b.line).map((i) => i.item);
}
