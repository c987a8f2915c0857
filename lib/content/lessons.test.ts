import { describe, expect, it } from 'vitest';
import { buildCourse, ContentError, parseLesson } from './lessons';
import { lessonSource } from './test-fixtures';

const FILE = 'content/lessons/choice-states.mdx';

function issuesOf(source: string, file = FILE) {
  const parsed = parseLesson(file, source);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.issues;
}

describe('parseLesson', () => {
  it('returns the validated frontmatter and the slug from the file name', () => {
    const parsed = parseLesson(FILE, lessonSource());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.lesson).toMatchObject({
      slug: 'choice-states',
      title: 'A lesson',
      order: 4,
      prerequisites: ['what-is-a-state-machine'],
      exams: ['DVA-C02 1', 'DEA-C01 1.3'],
      topics: ['choice'],
    });
    expect(parsed.lesson.selfCheck).toHaveLength(3);
  });

  it('names the field, line and column of each problem', () => {
    const issues = issuesOf(lessonSource('', [['title: A lesson', 'title: ""'], ['order: 4', 'order: four'], ['minutes: 5\n', 'minute: 3\n']]));
    const byField = Object.fromEntries(issues.map((i) => [i.field, i]));
    expect(byField.title).toMatchObject({ line: 2, message: 'title must not be empty' });
    expect(byField.order).toMatchObject({ line: 4, column: 8, message: 'order must be a number' });
    expect(byField.minutes).toMatchObject({ message: 'is required' });
    expect(byField.minute).toMatchObject({ line: 5, column: 1, message: 'unknown field (check the spelling)' });
  });

  it('points into nested self-check questions', () => {
    const issues = issuesOf(
      lessonSource('', [
        ['      - { text: "No", correct: false, why: Because not. }\n  - question: Second?', '      - { text: "No", corect: false, why: Because not. }\n  - question: Second?'],
      ]),
    );
    expect(issues).toContainEqual(expect.objectContaining({ field: 'selfCheck.0.options.1.corect', line: 17, message: 'unknown field (check the spelling)' }));
    expect(issues).toContainEqual(expect.objectContaining({ field: 'selfCheck.0.options.1.correct', message: 'is required' }));
  });

  it('rejects unknown exam tags, topics and prerequisites, and an order that is not the catalog’s', () => {
    const issues = issuesOf(
      lessonSource('', [
        ['exams: ["DVA-C02 1", "DEA-C01 1.3"]', 'exams: ["DVA-C02 9", "AWS-101 1"]'],
        ['topics: [choice]', 'topics: [choices]'],
        ['prerequisites: [what-is-a-state-machine]', 'prerequisites: [nope]'],
      ]),
    );
    const messages = issues.map((i) => `${i.field}@${i.line}: ${i.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^exams\.0@11: "DVA-C02 9" is not an exam tag/));
    expect(messages).toContainEqual(expect.stringMatching(/^exams\.1@11: "AWS-101 1" is not an exam tag/));
    expect(messages).toContainEqual(expect.stringMatching(/^topics\.0@12: "choices" is not a topic id/));
    expect(messages).toContainEqual(expect.stringMatching(/^prerequisites\.0@10: "nope" is not a lesson slug/));

    const order = issuesOf(lessonSource('', [['order: 4', 'order: 5']]));
    expect(order).toEqual([expect.objectContaining({ field: 'order', line: 4, message: 'must be 4: "choice-states" is lesson 4 in LESSON_SLUGS' })]);
  });

  it('requires 3-5 self-check questions, each with a right and a wrong option and a why for every option', () => {
    const two = issuesOf(lessonSource('', [[/ {2}- question: Third\?[\s\S]*$/, '']]));
    expect(two.map((i) => i.message)).toContain('write 3 to 5 self-check questions');
    const allRight = issuesOf(lessonSource('', [['{ text: "C", correct: false, why: Not this. }', '{ text: "C", correct: true, why: Not this. }']]));
    expect(allRight.map((i) => i.message)).toContain('at least one option must be wrong, or there is nothing to choose');
    const noWhy = issuesOf(lessonSource('', [['{ text: "C", correct: false, why: Not this. }', '{ text: "C", correct: false }']]));
    expect(noWhy).toContainEqual(expect.objectContaining({ field: 'selfCheck.2.options.2.why', message: 'is required' }));
  });

  it('rejects a file with no frontmatter, broken YAML, or a slug the catalog does not list', () => {
    expect(issuesOf('# Just a heading\n')[0]?.message).toMatch(/missing frontmatter/);
    const broken = issuesOf('---\ntitle: [unclosed\n---\n');
    expect(broken[0]?.message).toMatch(/not valid YAML/);
    expect(broken[0]?.line).toBeGreaterThanOrEqual(2);
    expect(issuesOf(lessonSource(), 'content/lessons/Bad_Name.mdx')[0]?.message).toMatch(/lowercase words joined by hyphens/);
    expect(issuesOf(lessonSource(), 'content/lessons/not-in-catalog.mdx')[0]?.message).toMatch(/not in LESSON_SLUGS/);
  });
});

describe('buildCourse', () => {
  it('sorts lessons by order', () => {
    const course = buildCourse([
      { file: 'content/lessons/choice-states.mdx', source: lessonSource() },
      { file: 'content/lessons/what-is-a-state-machine.mdx', source: lessonSource('', [['order: 4', 'order: 1'], ['prerequisites: [what-is-a-state-machine]', 'prerequisites: []']]) },
    ]);
    expect(course.map((l) => l.slug)).toEqual(['what-is-a-state-machine', 'choice-states']);
  });

  it('reports every file’s problems at once', () => {
    let error: unknown;
    try {
      buildCourse([
        { file: 'content/lessons/choice-states.mdx', source: lessonSource('', [['minutes: 5', 'minutes: 0']]) },
        { file: 'content/lessons/parallel-states.mdx', source: lessonSource() },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as ContentError).message;
    expect(message).toContain('content/lessons/choice-states.mdx:5: field "minutes": minutes must be at least 1');
    expect(message).toContain('content/lessons/parallel-states.mdx:4: field "order": must be 5');
  });
});
