import matter from 'gray-matter';
import { lessonFrontmatterSchema, SLUG_PATTERN, type LessonMeta } from './lesson-schema';

/** One problem in one content file, named by file and frontmatter field. */
export type ContentIssue = { file: string; field: string; message: string };

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Invalid lesson content:\n${issues.map((i) => `  ${i.file}: ${i.field === '' ? '' : `field "${i.field}": `}${i.message}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

export type ParsedLesson = { ok: true; lesson: LessonMeta } | { ok: false; issues: ContentIssue[] };

/** Parses and validates one lesson file's frontmatter. `file` is the path shown in messages. */
export function parseLesson(file: string, source: string): ParsedLesson {
  const name = file.split('/').pop() ?? file;
  const slug = name.replace(/\.mdx$/, '');
  const issues: ContentIssue[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    issues.push({ file, field: '', message: `file name "${name}" must be lowercase words joined by hyphens, ending in .mdx` });
  }
  let data: unknown;
  try {
    // Options passed on purpose: without them gray-matter caches by source text and hands back the same
    // (mutable) result object, without its `matter` field, for a second file with identical content.
    const parsed = matter(source, { excerpt: false });
    if (!/^---\r?\n/.test(source)) issues.push({ file, field: '', message: 'missing frontmatter (a --- YAML block at the top)' });
    data = parsed.data;
  } catch (error) {
    issues.push({ file, field: '', message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return { ok: false, issues };
  }
  const result = lessonFrontmatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (keys.length) {
        for (const key of keys) issues.push({ file, field: key, message: 'unknown field (check the spelling)' });
      } else {
        issues.push({ file, field: issue.path.join('.'), message: issue.message });
      }
    }
  }
  if (issues.length || !result.success) return { ok: false, issues };
  return { ok: true, lesson: { ...result.data, slug } };
}

/**
 * Validates a set of lesson files together and returns them in course order. Every problem of every file
 * is reported at once; two lessons may not share an `order`.
 */
export function buildCourse(files: { file: string; source: string }[]): LessonMeta[] {
  const issues: ContentIssue[] = [];
  const lessons: (LessonMeta & { file: string })[] = [];
  for (const { file, source } of files) {
    const parsed = parseLesson(file, source);
    if (parsed.ok) lessons.push({ ...parsed.lesson, file });
    else issues.push(...parsed.issues);
  }
  const byOrder = new Map<number, string>();
  for (const lesson of lessons) {
    const other = byOrder.get(lesson.order);
    if (other) issues.push({ file: lesson.file, field: 'order', message: `${lesson.order} is already used by ${other}` });
    else byOrder.set(lesson.order, lesson.file);
  }
  if (issues.length) throw new ContentError(issues);
  return lessons.sort((a, b) => a.order - b.order).map(({ file: _file, ...lesson }) => lesson);
}
