import { describe, expect, it } from 'vitest';
import { EXAMS, EXAM_IDS, LESSON_SLUGS, parseExamTag, describeExamTag } from './catalog';

describe('course catalog', () => {
  it('lists fifteen distinct lessons', () => {
    expect(LESSON_SLUGS).toHaveLength(15);
    expect(new Set(LESSON_SLUGS).size).toBe(15);
  });

  it('gives each exam domain weights that sum to 100', () => {
    for (const id of EXAM_IDS) expect(EXAMS[id].domains.reduce((s, d) => s + d.weight, 0)).toBe(100);
  });

  it('parses domain and task tags, and explains a bad one', () => {
    expect(parseExamTag('DEA-C01 1.3')).toEqual({ exam: 'DEA-C01', domain: 1, task: '1.3' });
    expect(parseExamTag('DVA-C02 1')).toEqual({ exam: 'DVA-C02', domain: 1 });
    expect(parseExamTag('SAA-C03 9')).toHaveProperty('error');
    expect((parseExamTag('DEA 1') as { error: string }).error).toMatch(/not an exam tag/);
    expect(describeExamTag({ exam: 'SAA-C03', domain: 2, task: '2.1' })).toBe('SAA-C03 · Design Resilient Architectures (task 2.1)');
  });
});
