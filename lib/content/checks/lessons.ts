// `npm run content:check` for lessons: frontmatter against the schema, links between lessons, every
// component and its props, every example run as the reader would run it, and no typed dollar figures.
// Each problem names the file and line. The lesson contract is content/README.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LESSON_SLUGS, type LessonSlug } from '../catalog';
import { readFrontmatter } from '../frontmatter';
import { courseOrder, isLessonSlug, parseLesson } from '../lessons';
import type { LessonMeta } from '../lesson-schema';
import { scanMdx, type MdxScan } from '../mdx-scan';
import { checkComponent, type ComponentContext } from './lesson-components';
import type { ContentChecker, ContentProblem } from './types';

/** A typed amount of money: "$0.025", "$ 5", "12 USD", "3 cents". Costs come from <Cost>, <CostValue>, <Rate>. */
const MONEY = /\$\s*\d[\d,.]*|\b\d[\d,.]*\s*(?:USD|dollars?|cents?)\b/i;

interface LessonFile {
  file: string;
  slug: string;
  source: string;
  meta?: LessonMeta;
  scan: MdxScan;
}

function rank(name: string): number {
  const i = (LESSON_SLUGS as readonly string[]).indexOf(name.replace(/\.mdx$/, ''));
  return i < 0 ? LESSON_SLUGS.length : i;
}

function readLessonFiles(root: string): LessonFile[] {
  const dir = path.join(root, 'content', 'lessons');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    // Course order (unknown slugs last), so a clash is reported on the later lesson.
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => {
      const source = readFileSync(path.join(dir, name), 'utf8');
      return { file: `content/lessons/${name}`, slug: name.replace(/\.mdx$/, ''), source, scan: scanMdx(source) };
    });
}

/** Where a frontmatter value is written (line 1 when the frontmatter cannot be read). */
function frontmatterAt(source: string, keys: (string | number)[]): { line: number; column: number } {
  const fm = readFrontmatter(source);
  return fm.ok ? fm.positionOf(keys) : { line: 1, column: 1 };
}

/** Where a top-level frontmatter key is written. */
function frontmatterKeyAt(source: string, key: string): { line: number; column: number } {
  const fm = readFrontmatter(source);
  return fm.ok ? fm.keyPositionOf([], key) : { line: 1, column: 1 };
}

/** Links to /learn/<slug>[#heading] and #heading must land on a lesson and a heading that exist. */
function checkLinks(lesson: LessonFile, headingIds: Map<string, Set<string>>): ContentProblem[] {
  if (!lesson.scan.ok) return [];
  const problems: ContentProblem[] = [];
  for (const link of lesson.scan.links) {
    const at = { file: lesson.file, line: link.position.line, column: link.position.column };
    let target: string | undefined;
    let anchor: string | undefined;
    const learn = /^\/learn\/([^#?/]+)\/?(?:#(.*))?$/.exec(link.url);
    if (learn) {
      target = learn[1]!;
      anchor = learn[2];
      if (!headingIds.has(target)) {
        problems.push({ ...at, message: `link to ${link.url}: there is no lesson "${target}"${isLessonSlug(target) ? ' yet (its file is missing)' : ''}` });
        continue;
      }
    } else if (link.url.startsWith('#')) {
      target = lesson.slug;
      anchor = link.url.slice(1);
    } else if (link.url.startsWith('/learn/') || link.url === '/learn/') {
      problems.push({ ...at, message: `link to ${link.url}: write lesson links as /learn/<slug> or /learn/<slug>#<heading>` });
    }
    if (target && anchor && !headingIds.get(target)?.has(anchor)) {
      problems.push({ ...at, message: `link to ${link.url}: the lesson "${target}" has no heading with the id "${anchor}" (ids: ${[...(headingIds.get(target) ?? [])].join(', ')})` });
    }
  }
  return problems;
}

function checkPrerequisites(lesson: LessonFile, existing: Set<string>): ContentProblem[] {
  if (!lesson.meta) return [];
  const problems: ContentProblem[] = [];
  lesson.meta.prerequisites.forEach((slug, i) => {
    const at = { file: lesson.file, ...frontmatterAt(lesson.source, ['prerequisites', i]) };
    if (slug === lesson.slug) problems.push({ ...at, message: `prerequisites: a lesson cannot require itself` });
    else if (courseOrder(slug) >= courseOrder(lesson.meta!.slug as LessonSlug)) {
      problems.push({ ...at, message: `prerequisites: "${slug}" is lesson ${courseOrder(slug)}, not before this one; a prerequisite must come first` });
    } else if (!existing.has(slug)) problems.push({ ...at, message: `prerequisites: "${slug}" has no lesson file yet (content/lessons/${slug}.mdx)` });
  });
  return problems;
}

async function checkBody(root: string, lesson: LessonFile, sandboxIds: Map<string, string>): Promise<ContentProblem[]> {
  if (!lesson.scan.ok) return [{ file: lesson.file, ...lesson.scan.position, message: lesson.scan.message }];
  const problems: ContentProblem[] = [];
  const ctx: ComponentContext = { root, file: lesson.file, sandboxIds };
  const calloutKinds = new Set<string>();
  for (const use of lesson.scan.components) problems.push(...(await checkComponent(ctx, use, calloutKinds)));

  const selfChecks = lesson.scan.components.filter((c) => c.name === 'SelfCheck');
  if (selfChecks.length === 0) problems.push({ file: lesson.file, ...frontmatterKeyAt(lesson.source, 'selfCheck'), message: 'the selfCheck questions are never shown: place <SelfCheck /> in the text (normally near the end)' });
  for (const extra of selfChecks.slice(1)) problems.push({ file: lesson.file, ...extra.position, message: '<SelfCheck /> is placed twice' });
  if (!calloutKinds.has('trap')) problems.push({ file: lesson.file, line: 1, message: 'every lesson needs at least one <Callout kind="trap"> (an exam trap)' });
  if (!lesson.scan.components.some((c) => c.name === 'Sandbox')) problems.push({ file: lesson.file, line: 1, message: 'every lesson needs at least one <Sandbox> the reader runs' });

  for (const text of lesson.scan.prose) {
    const m = MONEY.exec(text.value);
    if (m) problems.push({ file: lesson.file, ...text.position, message: `"${m[0]}" is a typed cost figure: compute it with <Cost>, <CostValue> or <Rate> (lib/pricing) instead` });
  }
  for (const callout of lesson.scan.components.filter((c) => c.name === 'Callout')) {
    const title = callout.props.title;
    if (title?.ok && typeof title.value === 'string' && MONEY.test(title.value)) problems.push({ file: lesson.file, ...title.position, message: 'a Callout title has a typed cost figure: use <Cost>, <CostValue> or <Rate> in the text instead' });
  }
  return problems;
}

/** Checks every lesson under `root`/content/lessons. */
export async function checkLessons(root: string): Promise<ContentProblem[]> {
  const lessons = readLessonFiles(root);
  if (lessons.length === 0) return [{ file: 'content/lessons', message: 'no lessons found (content/lessons/*.mdx)' }];
  const problems: ContentProblem[] = [];
  for (const lesson of lessons) {
    const parsed = parseLesson(lesson.file, lesson.source);
    if (parsed.ok) lesson.meta = parsed.lesson;
    else for (const i of parsed.issues) problems.push({ file: i.file, ...(i.line ? { line: i.line, column: i.column ?? 1 } : {}), message: i.field ? `${i.field}: ${i.message}` : i.message });
  }
  if (!lessons.some((l) => l.slug === LESSON_SLUGS[0])) problems.push({ file: 'content/lessons', message: `the course has no first lesson (content/lessons/${LESSON_SLUGS[0]}.mdx)` });

  const headingIds = new Map(lessons.map((l) => [l.slug, new Set(l.scan.ok ? l.scan.headings.map((h) => h.id) : [])]));
  const existing = new Set(lessons.map((l) => l.slug));
  const sandboxIds = new Map<string, string>();
  for (const lesson of lessons) {
    problems.push(...checkPrerequisites(lesson, existing), ...checkLinks(lesson, headingIds), ...(await checkBody(root, lesson, sandboxIds)));
  }
  return problems;
}

export const lessonChecker: ContentChecker = { name: 'lessons', run: checkLessons };
