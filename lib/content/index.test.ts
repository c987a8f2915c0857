import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLesson, getLessons, getNeighbours, LESSONS_DIR } from './index';

// The real course content: every lesson in content/lessons must pass validation.
describe('content/lessons', () => {
  it('validates and lists the lessons in order, starting with the first lesson', () => {
    const lessons = getLessons();
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons[0]?.slug).toBe('what-is-a-state-machine');
    const orders = lessons.map((l) => l.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    for (const lesson of lessons) expect(existsSync(path.join(LESSONS_DIR, `${lesson.slug}.mdx`))).toBe(true);
  });

  it('finds a lesson by slug and its neighbours', () => {
    expect(getLesson('what-is-a-state-machine')?.title).toBe('What a state machine is');
    expect(getLesson('nope')).toBeUndefined();
    expect(getNeighbours('what-is-a-state-machine').previous).toBeUndefined();
    expect(getNeighbours('nope')).toEqual({});
  });
});
