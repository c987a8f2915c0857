import { describe, expect, it } from 'vitest';
import { freshQuestion, REDRAWS } from './fresh-question';
import { materialize } from './materialize';
import type { GeneratedItem } from './types';

const item: GeneratedItem = {
  id: 'map-cost',
  type: 'numeric',
  category: 'cost',
  title: 'Transitions of an inline Map',
  lesson: 'inline-map',
  topics: ['inline-map', 'pricing'],
  exams: ['SAA-C03 4'],
  generator: 'inline-map-transitions',
  source: { file: 'map-cost.yaml', line: 1 },
};

/** A draw that hands out the given seeds in order, then the last one forever. */
function seeds(...list: number[]): () => number {
  let i = 0;
  return () => list[Math.min(i++, list.length - 1)]!;
}

const paramsOf = (seed: number) => materialize(item, seed).question.params;

describe('new numbers for a quiz item', () => {
  it('draws again while the numbers repeat the previous attempt’s, and keeps the first that differs', () => {
    const other = [...Array(500).keys()].find((s) => JSON.stringify(paramsOf(s)) !== JSON.stringify(paramsOf(7)))!;
    const q = freshQuestion(item, 7, seeds(7, 7, other));
    expect(q.seed).toBe(other);
    expect(q.params).toEqual(paramsOf(other));
  });

  it('takes the first draw when there is no previous attempt', () => {
    expect(freshQuestion(item, undefined, seeds(7, 8)).seed).toBe(7);
  });

  it('gives up after REDRAWS tries rather than looping forever on a one-value item', () => {
    let draws = 0;
    const q = freshQuestion(item, 7, () => (draws++, 7));
    expect(q.seed).toBe(7);
    expect(draws).toBe(REDRAWS + 1);
  });
});
