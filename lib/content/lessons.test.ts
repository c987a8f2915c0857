import { describe, expect, it } from 'vitest';
import { buildCourse, ContentError, parseLesson } from './lessons';

const valid = (extra = '') => `---
title: A lesson
summary: What it is about.
order: 2
minutes: 5
objectives:
  - Do a thing
${extra}---

Body text.
`;

describe('parseLesson', () => {
  it('returns the validated frontmatter and the slug from the file name', () => {
    const parsed = parseLesson('content/lessons/a-lesson.mdx', valid('examTopics:\n  - "SAA-C03: Design resilient architectures"\n'));
    expect(parsed).toEqual({
      ok: true,
      lesson: {
        slug: 'a-lesson',
        title: 'A lesson',
        summary: 'What it is about.',
        order: 2,
        minutes: 5,
        objectives: ['Do a thing'],
        examTopics: ['SAA-C03: Design resilient architectures'],
      },
    });
  });

  it('names the file and the field of each problem', () => {
    const source = `---\ntitle: ""\nsummary: ok\norder: one\nobjectives: []\nminute: 3\n---\n`;
    const parsed = parseLesson('content/lessons/bad.mdx', source);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byField = Object.fromEntries(parsed.issues.map((i) => [i.field, i.message]));
    expect(parsed.issues.every((i) => i.file === 'content/lessons/bad.mdx')).toBe(true);
    expect(byField.title).toMatch(/empty/);
    expect(byField.order).toMatch(/number/);
    expect(byField.minutes).toBeDefined(); // missing
    expect(byField.objectives).toMatch(/at least one/);
    expect(byField.minute).toMatch(/unknown field/);
  });

  it('rejects a file with no frontmatter, broken YAML, or a bad file name', () => {
    const none = parseLesson('content/lessons/x.mdx', '# Just a heading\n');
    expect(!none.ok && none.issues[0]?.message).toMatch(/missing frontmatter/);
    const broken = parseLesson('content/lessons/x.mdx', '---\ntitle: [unclosed\n---\n');
    expect(!broken.ok && broken.issues[0]?.message).toMatch(/not valid YAML/);
    const name = parseLesson('content/lessons/Bad_Name.mdx', valid());
    expect(!name.ok && name.issues[0]?.message).toMatch(/lowercase words joined by hyphens/);
  });
});

describe('buildCourse', () => {
  it('sorts lessons by order', () => {
    const course = buildCourse([
      { file: 'content/lessons/second.mdx', source: valid().replace('order: 2', 'order: 5') },
      { file: 'content/lessons/first.mdx', source: valid().replace('order: 2', 'order: 1') },
    ]);
    expect(course.map((l) => l.slug)).toEqual(['first', 'second']);
  });

  it('reports every file’s problems at once, including a shared order', () => {
    let error: unknown;
    try {
      buildCourse([
        { file: 'content/lessons/a.mdx', source: valid() },
        { file: 'content/lessons/b.mdx', source: valid() },
        { file: 'content/lessons/c.mdx', source: valid().replace('minutes: 5', 'minutes: 0') },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as ContentError).message;
    expect(message).toContain('content/lessons/b.mdx: field "order": 2 is already used by content/lessons/a.mdx');
    expect(message).toContain('content/lessons/c.mdx: field "minutes": must be at least 1');
  });
});
