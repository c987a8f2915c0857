import { describe, expect, it } from 'vitest';
import { runContentCheckers } from './run';
import { formatProblem } from './types';

describe('content check runner', () => {
  it('formats problems as file:line:column reason', () => {
    expect(formatProblem({ file: 'content/lessons/a.mdx', line: 3, column: 7, message: 'bad' })).toBe('content/lessons/a.mdx:3:7 bad');
    expect(formatProblem({ file: 'content/lessons/a.mdx', message: 'bad' })).toBe('content/lessons/a.mdx bad');
  });

  it('collects every checker’s problems and reports a crashing checker instead of stopping', async () => {
    const report = await runContentCheckers(
      [
        { name: 'good', run: async () => [] },
        { name: 'broken', run: async () => { throw new Error('boom'); } },
        { name: 'picky', run: async () => [{ file: 'x.mdx', line: 1, message: 'no' }] },
      ],
      '/tmp',
    );
    expect(report.problems.map((p) => p.file)).toEqual(['(checker)', 'x.mdx']);
    expect(report.lines[0]).toBe('✓ good: ok');
    expect(report.lines.some((l) => l.includes('broken checker crashed: Error: boom'))).toBe(true);
    expect(report.lines).toContain('  x.mdx:1 no');
  });
});
