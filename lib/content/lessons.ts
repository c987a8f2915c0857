// Parses and validates lesson files (frontmatter only; lib/content/checks/lessons.ts checks the body).
// Pure: callers pass the file's text, so tests need no files.
import { LESSON_SLUGS, type LessonSlug } from './catalog';
import { readFrontmatter } from './frontmatter';
import { lessonFrontmatterSchema, SLUG_PATTERN, type LessonMeta } from './lesson-schema';

/** One problem in one content file: the frontmatter field (dotted path) and where it is written. */
export type ContentIssue = { file: string; field: string; message: string; line?: number; column?: number };

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Invalid lesson content:\n${issues
        .map((i) => `  ${i.file}${i.line ? `:${i.line}` : ''}: ${i.field === '' ? '' : `field "${i.field}": `}${i.message}`)
        .join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

export type ParsedLesson = { ok: true; lesson: LessonMeta } | { ok: false; issues: ContentIssue[] };

export function isLessonSlug(slug: string): slug is LessonSlug {
  return (LESSON_SLUGS as readonly string[]).includes(slug);
}

/** A lesson's place in the course: its 1-based position in LESSON_SLUGS, which its `order` must equal. */
export function courseOrder(slug: LessonSlug): number {
  return LESSON_SLUGS.indexOf(slug) + 1;
}

/** Parses and validates one lesson file's frontmatter. `file` is the path shown in messages. */
export function parseLesson(file: string, source: string): ParsedLesson {
  const name = file.split('/').pop() ?? file;
  const slug = name.replace(/\.mdx$/, '');
  const issues: ContentIssue[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    issues.push({ file, field: '', line: 1, message: `file name "${name}" must be lowercase words joined by hyphens, ending in .mdx` });
  } else if (!isLessonSlug(slug)) {
    issues.push({ file, field: '', line: 1, message: `"${slug}" is not in LESSON_SLUGS (lib/content/catalog.ts): add it there, in course order, or rename the file` });
  }
  const fm = readFrontmatter(source);
  if (!fm.ok) {
    issues.push({ file, field: '', message: fm.message, ...fm.position });
    return { ok: false, issues };
  }
  const result = lessonFrontmatterSchema.safeParse(fm.data ?? {}, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const at = fm.keyPositionOf(path, key);
          issues.push({ file, field: [...path, key].join('.'), message: 'unknown field (check the spelling)', line: at.line, column: at.column });
        }
      } else {
        const at = fm.positionOf(path);
        const missing = issue.code === 'invalid_type' && issue.input === undefined;
        issues.push({ file, field: path.join('.'), message: missing ? 'is required' : issue.message, line: at.line, column: at.column });
      }
    }
  }
  if (!result.success) return { ok: false, issues };
  if (isLessonSlug(slug) && result.data.order !== courseOrder(slug)) {
    const at = fm.positionOf(['order']);
    issues.push({ file, field: 'order', message: `must be ${courseOrder(slug)}: "${slug}" is lesson ${courseOrder(slug)} in LESSON_SLUGS`, ...at });
  }
  if (issues.length) return { ok: false, issues };
  return { ok: true, lesson: { ...result.data, slug } };
}

/**
 * Validates a set of lesson files together and returns them in course order. Every problem of every file
 * is reported at once.
 */
export function buildCourse(files: { file: string; source: string }[]): LessonMeta[] {
  const issues: ContentIssue[] = [];
  const lessons: LessonMeta[] = [];
  for (const { file, source } of files) {
    const parsed = parseLesson(file, source);
    if (parsed.ok) lessons.push(parsed.lesson);
    else issues.push(...parsed.issues);
  }
  if (issues.length) throw new ContentError(issues);
  return lessons.sort((a, b) => a.order - b.order);
}
