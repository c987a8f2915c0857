import { z } from 'zod';
import { LESSON_SLUGS, parseExamTag, TOPIC_IDS, type LessonSlug, type TopicId } from './catalog';

/** A lesson's file name without `.mdx`: lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (what: string) => z.string({ error: `${what} must be text` }).trim().min(1, `${what} must not be empty`);

const examTag = z.string({ error: 'an exam tag must be text, e.g. "DEA-C01 1.3"' }).superRefine((value, ctx) => {
  const parsed = parseExamTag(value);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
});

const lessonSlug = z.enum(LESSON_SLUGS, { error: (issue) => `"${String(issue.input)}" is not a lesson slug (see LESSON_SLUGS in lib/content/catalog.ts)` });
const topicId = z.enum(TOPIC_IDS as [TopicId, ...TopicId[]], {
  error: (issue) => `"${String(issue.input)}" is not a topic id; use one of ${TOPIC_IDS.join(', ')}`,
});

/** One answer of a self-check question. Every option explains itself, right or wrong. */
export const selfCheckOptionSchema = z
  .object({
    text: text('the option text'),
    correct: z.boolean({ error: 'correct must be true or false' }),
    why: text('why (the explanation shown after answering)'),
  })
  .strict();

export const selfCheckQuestionSchema = z
  .object({
    question: text('the question'),
    options: z.array(selfCheckOptionSchema).min(2, 'give at least 2 options').max(6, 'give at most 6 options'),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (!q.options.some((o) => o.correct)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'mark at least one option correct: true' });
    if (q.options.every((o) => o.correct)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'at least one option must be wrong, or there is nothing to choose' });
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (seen.has(o.text)) ctx.addIssue({ code: 'custom', path: ['options', i, 'text'], message: `"${o.text}" is offered twice` });
      seen.add(o.text);
    });
  });

function noDuplicates<T>(what: string) {
  return (list: T[], ctx: z.RefinementCtx) => {
    list.forEach((item, i) => {
      if (list.indexOf(item) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${what} "${String(item)}" is listed twice` });
    });
  };
}

/**
 * The frontmatter every lesson in content/lessons must have (the lesson contract, content/README.md).
 * Unknown keys are rejected at every level so a typo (`minute:`, `corect:`) fails the check instead of
 * silently dropping a field.
 */
export const lessonFrontmatterSchema = z
  .object({
    title: text('title'),
    summary: text('summary').max(300, 'keep the summary under 300 characters'),
    order: z.number({ error: 'order must be a number' }).int('order must be a whole number').positive('order starts at 1'),
    minutes: z.number({ error: 'minutes must be a number' }).int('minutes must be a whole number').min(1, 'minutes must be at least 1').max(90, 'a lesson over 90 minutes should be split'),
    objectives: z.array(text('an objective')).min(3, 'list 3 to 5 objectives').max(5, 'list 3 to 5 objectives'),
    prerequisites: z.array(lessonSlug).superRefine(noDuplicates('prerequisite')).default([]),
    exams: z.array(examTag).min(1, 'tag at least one exam, e.g. "DVA-C02 1"').superRefine(noDuplicates('exam tag')),
    topics: z.array(topicId).min(1, 'list at least one topic id').superRefine(noDuplicates('topic')),
    selfCheck: z.array(selfCheckQuestionSchema).min(3, 'write 3 to 5 self-check questions').max(5, 'write 3 to 5 self-check questions'),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type SelfCheckQuestion = z.infer<typeof selfCheckQuestionSchema>;
export type SelfCheckOption = z.infer<typeof selfCheckOptionSchema>;

export type LessonMeta = Omit<LessonFrontmatter, 'prerequisites' | 'topics'> & {
  slug: string;
  prerequisites: LessonSlug[];
  topics: TopicId[];
};
