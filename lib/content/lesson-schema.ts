import { z } from 'zod';

/** A lesson's file name without `.mdx`: lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The frontmatter every lesson in content/lessons must have. Unknown keys are rejected so a typo
 * (`minute:`) fails the build instead of silently dropping a field.
 */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    summary: z.string().trim().min(1, 'must not be empty').max(300, 'keep it under 300 characters'),
    order: z.number().int('must be a whole number').nonnegative('must be 0 or more'),
    minutes: z.number().int('must be a whole number').positive('must be at least 1'),
    objectives: z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'list at least one objective'),
    /** Exam guide topics the lesson covers, e.g. "SAA-C03: Design resilient architectures". */
    examTopics: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export type LessonMeta = LessonFrontmatter & { slug: string };
