// The shape of a quiz item in content/quizzes/*.yaml. Three kinds share the same header (id, title, lesson,
// topics, exams): written choice items, written numeric items, and items whose numbers come from a generator
// in lib/quiz. Unknown keys are refused so a typo fails the check instead of silently dropping a field.

import { z } from 'zod';
import { LESSON_SLUGS, parseExamTag, TOPIC_IDS } from './catalog';
import { SLUG_PATTERN } from './lesson-schema';
import { QUIZ_CATEGORIES } from '../quiz/types';
import { UNIT_IDS } from '../quiz/units';

const text = (what: string) => z.string({ error: `${what} is required` }).trim().min(1, `${what} must not be empty`);

const header = {
  id: z.string({ error: 'id is required' }).regex(SLUG_PATTERN, 'must be lowercase words joined by hyphens'),
  title: text('title').max(90, 'keep the title under 90 characters'),
  category: z.enum(QUIZ_CATEGORIES, { error: `must be one of: ${QUIZ_CATEGORIES.join(', ')}` }),
  lesson: z.enum(LESSON_SLUGS, { error: 'must be a lesson slug from LESSON_SLUGS in lib/content/catalog.ts' }),
  topics: z
    .array(z.enum(TOPIC_IDS as [string, ...string[]], { error: `must be a topic id: ${TOPIC_IDS.join(', ')}` }), { error: 'list the topics' })
    .min(1, 'list at least one topic'),
  exams: z
    .array(
      z.string().superRefine((tag, ctx) => {
        const parsed = parseExamTag(tag);
        if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
      }),
      { error: 'list the exam tags, e.g. [DVA-C02 1]' },
    )
    .min(1, 'list at least one exam tag'),
};

const option = z
  .object({
    text: text('option text'),
    correct: z.boolean({ error: 'correct must be true or false' }).default(false),
    explanation: text('every option needs an explanation of why it is right or wrong'),
  })
  .strict();

export const writtenChoiceSchema = z
  .object({
    ...header,
    type: z.enum(['single', 'multiple']),
    prompt: text('prompt'),
    code: z.string().optional(),
    options: z.array(option, { error: 'options are required' }).min(2, 'give at least two options').max(6, 'give at most six options'),
    shuffle: z.boolean().default(true),
  })
  .strict()
  .superRefine((item, ctx) => {
    const correct = item.options.filter((o) => o.correct).length;
    if (item.type === 'single' && correct !== 1) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `a single-choice item needs exactly one correct option (found ${correct})` });
    }
    if (item.type === 'multiple' && (correct < 1 || correct === item.options.length)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a multiple-choice item needs at least one correct and one wrong option' });
    }
    const texts = item.options.map((o) => o.text);
    texts.forEach((t, i) => {
      if (texts.indexOf(t) !== i) ctx.addIssue({ code: 'custom', path: ['options', i, 'text'], message: 'the same option text appears twice' });
    });
  });

export const writtenNumericSchema = z
  .object({
    ...header,
    type: z.literal('numeric'),
    prompt: text('prompt'),
    code: z.string().optional(),
    answer: z.number({ error: 'answer must be a number' }).finite(),
    tolerance: z.number({ error: 'tolerance must be a number' }).nonnegative('tolerance must be 0 or more'),
    unit: z.enum(UNIT_IDS, { error: `must be one of: ${UNIT_IDS.join(', ')}` }),
    explanation: text('explanation'),
  })
  .strict();

export const generatedItemSchema = z
  .object({
    ...header,
    type: z.enum(['single', 'numeric', 'cheapest-design', 'restructure'], { error: 'a generated item is single, numeric, cheapest-design or restructure' }),
    generator: z.string().regex(SLUG_PATTERN, 'must be a generator id from lib/quiz/generators'),
  })
  .strict();

/** Picks the schema for a raw item: `generator:` makes it generated; otherwise its type decides. */
export function schemaFor(raw: unknown): z.ZodType {
  if (raw && typeof raw === 'object' && 'generator' in raw) return generatedItemSchema;
  if (raw && typeof raw === 'object' && (raw as { type?: unknown }).type === 'numeric') return writtenNumericSchema;
  return writtenChoiceSchema;
}

export const quizFileSchema = z.object({ items: z.array(z.unknown(), { error: 'a quiz file holds a list under `items:`' }).min(1, 'list at least one item') }).strict();
