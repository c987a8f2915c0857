// Restructure items are graded with lib/grading: the run must succeed, keep the starting machine's output
// and cost at most the target a month.
import { describe, expect, it } from 'vitest';
import { materialize } from './materialize';
import { gradeRestructureTask, restructureTask, restructureVerdict } from './restructure';
import type { GeneratedItem } from './types';

const item = (id: string, generator: string): GeneratedItem => ({
  id,
  generator,
  type: 'restructure',
  category: 'cost',
  title: 'R',
  lesson: 'distributed-map',
  topics: ['distributed-map'],
  exams: ['SAA-C03 4'],
  source: { file: 'x.yaml', line: 1 },
});

async function grade(generator: string, seed: number, edit: (definition: Record<string, unknown>) => unknown) {
  const m = materialize(item(generator, generator), seed);
  const start = JSON.parse(m.question.restructure?.definition ?? '{}') as Record<string, unknown>;
  const edited = edit(start);
  return { m, review: await gradeRestructureTask(await restructureTask(m, typeof edited === 'string' ? edited : JSON.stringify(edited))) };
}

describe('restructure grading (lib/grading)', () => {
  it('the starting machine is over the target; the reference solution passes', async () => {
    const m = materialize(item('r', 'restructure-inline-map'), 3);
    const g = m.restructure;
    if (!g) throw new Error('not a restructure item');
    const start = await gradeRestructureTask(await restructureTask(m, m.question.restructure?.definition ?? ''));
    expect(start.status).toBe('too-expensive');
    expect(start.message).toMatch(/should cost at most/);
    const reference = await gradeRestructureTask(await restructureTask(m, JSON.stringify(g.reference)));
    expect(reference).toMatchObject({ status: 'passed' });
    expect(reference.monthlyDisplay).toMatch(/^\$/);
    expect(restructureVerdict(m, reference).correct).toBe(true);
  });

  it('a Distributed Map with Express children written by hand, in YAML, passes', async () => {
    const { review } = await grade('restructure-inline-map', 1, (d) => {
      const states = d.States as Record<string, Record<string, unknown>>;
      const map = states.ProcessOrders as { ItemProcessor: { ProcessorConfig: unknown } };
      map.ItemProcessor.ProcessorConfig = { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' };
      return `# the same machine, in YAML\n${JSON.stringify(d)}`.replace(/^#.*\n/, '');
    });
    expect(review.status).toBe('passed');
  });

  it('cutting the work out changes the output and fails, even though it is cheap', async () => {
    const { review } = await grade('restructure-inline-map', 2, () => ({ StartAt: 'Done', States: { Done: { Type: 'Succeed' } } }));
    expect(review.status).toBe('output-changed');
    expect(review.message).toMatch(/output should be/);
  });

  it('merging the Pass states into one keeps the output and passes the merge-passes item', async () => {
    const m = materialize(item('m', 'restructure-merge-passes'), 5);
    const g = m.restructure;
    if (!g) throw new Error('not a restructure item');
    const review = await gradeRestructureTask(await restructureTask(m, JSON.stringify(g.reference)));
    expect(review).toMatchObject({ status: 'passed', transitionsPerRun: 2 });
  });

  it('a definition that does not parse is answered with diagnostics and their lines', async () => {
    const { review } = await grade('restructure-merge-passes', 0, () => '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "End": true },\n  }\n}');
    expect(review.status).toBe('invalid');
    expect(review.diagnostics?.[0]?.line).toBeGreaterThan(1);
  });

  it('a definition that fails is reported as failed, not as a crash', async () => {
    const { review } = await grade('restructure-merge-passes', 0, () => ({ StartAt: 'Boom', States: { Boom: { Type: 'Fail', Error: 'Oops', Cause: 'on purpose' } } }));
    expect(review.status).toBe('failed');
    expect(review.message).toMatch(/Oops|FAILED|fail/i);
  });

  it('an endless loop is stopped by the transition cap', async () => {
    const { review } = await grade('restructure-merge-passes', 0, () => ({
      StartAt: 'Loop',
      States: {
        Loop: { Type: 'Pass', Next: 'Again' },
        Again: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: false, Next: 'Loop' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    }));
    expect(review.status).toBe('failed');
    expect(review.message).toMatch(/transition/i);
  });
});
