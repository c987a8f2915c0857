import { describe, expect, it } from 'vitest';
import { isGeneratedItem } from '../quiz/types';
import { LESSON_SLUGS } from './catalog';
import { buildQuizBank, parseQuizFile } from './quiz-bank';
import { readQuizBank } from './quizzes';

const header = `    category: concept
    title: A title
    lesson: choice-states
    topics: [choice]
    exams: [DVA-C02 1]
`;

describe('parseQuizFile', () => {
  it('reads a written item, a numeric item and a generated item', () => {
    const source = `items:
  - id: one
    type: single
${header}    prompt: Which?
    options:
      - text: Right
        correct: true
        explanation: Because.
      - text: Wrong
        explanation: Not so.
  - id: two
    type: numeric
${header}    prompt: How many?
    answer: 3
    tolerance: 0
    unit: attempts
    explanation: Three.
  - id: three
    type: single
    category: cost
    title: Cost
    lesson: what-a-run-costs
    topics: [pricing]
    exams: [SAA-C03 4]
    generator: linear-retries-monthly
`;
    const { items, problems } = parseQuizFile('content/quizzes/a.yaml', source);
    expect(problems).toEqual([]);
    expect(items.map((i) => [i.id, i.source.line])).toEqual([['one', 2], ['two', 16], ['three', 28]]);
    expect(items[0]).toMatchObject({ shuffle: true, options: [{ correct: true }, { correct: false }] });
  });

  it('names the file, line and column of every problem', () => {
    const source = `items:
  - id: bad
    type: single
    category: concept
    title: A title
    lesson: no-such-lesson
    topics: [choice, nonsense]
    exams: [DVA-C02 9]
    prompt: Which?
    colour: blue
    options:
      - text: A
        correct: true
        explanation: yes
      - text: B
        correct: true
        explanation: also yes
`;
    const { items, problems } = parseQuizFile('content/quizzes/b.yaml', source);
    expect(items).toEqual([]);
    const at = (needle: RegExp) => problems.find((p) => needle.test(p.message));
    expect(at(/lesson/)).toMatchObject({ file: 'content/quizzes/b.yaml', line: 6, column: 13 });
    expect(at(/topics\.1/)).toMatchObject({ line: 7, column: 22 });
    expect(at(/"DVA-C02 9" is not an exam tag/)).toMatchObject({ line: 8 });
    expect(at(/unknown field "colour"/)).toMatchObject({ line: 10 });
  });

  it('points at the options when a single-choice item has two right answers', () => {
    const source = `items:\n  - id: two-right\n    type: single\n${header}    prompt: Which?\n    options:\n      - text: A\n        correct: true\n        explanation: yes\n      - text: B\n        correct: true\n        explanation: also yes\n`;
    const { problems } = parseQuizFile('c.yaml', source);
    expect(problems).toEqual([{ file: 'c.yaml', line: 11, column: 7, message: 'options: a single-choice item needs exactly one correct option (found 2)' }]);
  });

  it('reports the first YAML error with its position and a hint', () => {
    const { problems } = parseQuizFile('q.yaml', 'items:\n  - id: x\n    prompt: This costs: a lot\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'q.yaml', line: 3 });
    expect(problems[0]?.message).toMatch(/must be quoted/);
  });

  it('refuses an id used twice across files', () => {
    const item = `items:\n  - id: same\n    type: single\n${header}    generator: linear-retries-monthly\n`;
    const { problems } = buildQuizBank([
      { file: 'a.yaml', source: item },
      { file: 'b.yaml', source: item },
    ]);
    expect(problems).toEqual([{ file: 'b.yaml', line: 2, message: 'id "same" is already used at a.yaml:2' }]);
  });
});

describe('the quiz bank in content/quizzes', () => {
  const bank = readQuizBank();

  it('is valid, with at least 30 cost items and 30 concept items', () => {
    expect(bank.problems).toEqual([]);
    expect(bank.items.filter((i) => i.category === 'cost').length).toBeGreaterThanOrEqual(30);
    expect(bank.items.filter((i) => i.category === 'concept').length).toBeGreaterThanOrEqual(30);
    for (const item of bank.items) expect(LESSON_SLUGS).toContain(item.lesson);
  });

  it('covers every cost topic the issue lists', () => {
    const generators = new Set(bank.items.filter(isGeneratedItem).map((i) => i.generator));
    const topics: Record<string, string[]> = {
      'Standard transition counting (Map, Parallel, retries, Choice loops)': ['inline-map-transitions', 'parallel-transitions', 'linear-retries-monthly', 'choice-loop-transitions', 'map-retries-monthly'],
      'the free tier': ['free-tier-boundary', 'free-tier-runs'],
      'Express requests': ['express-monthly', 'express-tiers-monthly'],
      'duration rounding and memory chunks': ['express-billed-duration', 'express-billed-memory', 'express-gb-seconds'],
      'Standard versus Express break-even': ['standard-vs-express-cheapest', 'break-even-duration', 'standard-to-express-savings'],
      'inline versus Distributed Map': ['inline-vs-distributed-cheapest', 'distributed-standard-children'],
      ItemBatcher: ['itembatcher-children', 'itembatcher-savings', 'itembatcher-cheapest'],
      'Express children under a Standard parent': ['express-children-monthly'],
      'the Lambda with SQS alternative': ['lambda-sqs-monthly', 'map-vs-lambda-sqs'],
      'the 25,000-event history limit': ['history-limit-items', 'history-limit-design'],
      'the 5-minute Express limit': ['express-batch-limit', 'express-duration-limit'],
      'restructure this machine': ['restructure-inline-map', 'restructure-merge-passes'],
    };
    for (const [topic, ids] of Object.entries(topics)) for (const id of ids) expect(generators.has(id), `${topic}: ${id}`).toBe(true);
    const types = new Set(bank.items.map((i) => i.type));
    expect([...types].sort()).toEqual(['cheapest-design', 'multiple', 'numeric', 'restructure', 'single']);
  });

  it('has concept items on state types, data flow, error handling, integration patterns and orchestrators', () => {
    const concept = bank.items.filter((i) => i.category === 'concept');
    const count = (topic: string) => concept.filter((i) => i.topics.includes(topic as never)).length;
    expect(count('choice') + count('wait') + count('pass-succeed-fail') + count('parallel') + count('inline-map') + count('distributed-map')).toBeGreaterThanOrEqual(6);
    expect(count('data-flow') + count('jsonata')).toBeGreaterThanOrEqual(6);
    expect(count('error-handling')).toBeGreaterThanOrEqual(6);
    expect(count('integration-patterns')).toBeGreaterThanOrEqual(4);
    expect(count('orchestration') + count('execution-types')).toBeGreaterThanOrEqual(6);
  });
});
