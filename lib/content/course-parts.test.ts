import { describe, expect, it } from 'vitest';
import { LESSON_SLUGS } from './catalog';
import { COURSE_PARTS, firstIncomplete, groupByExam, groupByPart, partOf } from './course-parts';
import type { LessonMeta } from './lesson-schema';

const lesson = (slug: (typeof LESSON_SLUGS)[number], exams: string[]): LessonMeta => ({
  slug,
  title: slug,
  summary: '',
  order: LESSON_SLUGS.indexOf(slug) + 1,
  minutes: 10,
  objectives: [],
  prerequisites: [],
  exams,
  topics: ['asl'],
  selfCheck: [],
});

describe('course parts', () => {
  it('place every lesson in exactly one part, in course order', () => {
    expect(COURSE_PARTS.flatMap((p) => p.slugs)).toEqual([...LESSON_SLUGS]);
    expect(partOf('choice-states')?.id).toBe('doing-the-work');
    expect(partOf('nope')).toBeUndefined();
  });

  it('group the lessons that exist and drop empty parts', () => {
    const groups = groupByPart([lesson('what-is-a-state-machine', []), lesson('retry-and-catch', [])]);
    expect(groups.map((g) => [g.part.id, g.lessons.map((l) => l.slug)])).toEqual([
      ['foundations', ['what-is-a-state-machine']],
      ['data-time-failure', ['retry-and-catch']],
    ]);
  });

  it('group lessons by exam and domain, with the task a tag names, in the guide’s domain order', () => {
    const byExam = groupByExam([
      lesson('what-is-a-state-machine', ['DEA-C01 1.3', 'SAA-C03 2.1']),
      lesson('what-a-run-costs', ['SAA-C03 4', 'SAA-C03 2.1']),
    ]);
    expect(byExam.map((e) => e.exam)).toEqual(['DEA-C01', 'SAA-C03']);
    const saa = byExam[1]!;
    expect(saa.domains.map((d) => [d.domain, d.weight, d.lessons.map((l) => `${l.lesson.slug}${l.task ? ` ${l.task}` : ''}`)])).toEqual([
      [2, 26, ['what-is-a-state-machine 2.1', 'what-a-run-costs 2.1']],
      [4, 20, ['what-a-run-costs']],
    ]);
  });

  it('find where a returning learner should continue', () => {
    const lessons = [lesson('what-is-a-state-machine', []), lesson('reading-amazon-states-language', []), lesson('choice-states', [])];
    expect(firstIncomplete(lessons, new Set())?.slug).toBe('what-is-a-state-machine');
    expect(firstIncomplete(lessons, new Set(['what-is-a-state-machine', 'choice-states']))?.slug).toBe('reading-amazon-states-language');
    expect(firstIncomplete(lessons, new Set(lessons.map((l) => l.slug)))).toBeUndefined();
  });
});
