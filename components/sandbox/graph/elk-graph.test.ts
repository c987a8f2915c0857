import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { buildGraphModel } from '../lib/graph-model';
import { fromElkGraph, toElkGraph } from './elk-graph';

const model = buildGraphModel({
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 3, Next: 'Par' }], Default: 'Done' },
    Par: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } },
      ],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done' }],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
});

describe('ELK layout of the graph model', () => {
  it('places every node, nests branches inside the Parallel box, and routes labelled edges', async () => {
    const laid = fromElkGraph(await new ELK().layout(toElkGraph(model)), model);
    const box = (id: string) => laid.boxes.find((b) => b.id === id)!;
    expect(laid.boxes.map((b) => b.id).sort()).toEqual(['@end', '@start', 'Check', 'Done', 'Par', 'Par/0', 'Par/0/A', 'Par/1', 'Par/1/B']);
    const par = box('Par');
    for (const inner of ['Par/0', 'Par/1', 'Par/0/A', 'Par/1/B']) {
      const b = box(inner);
      expect(b.x).toBeGreaterThanOrEqual(par.x);
      expect(b.y).toBeGreaterThanOrEqual(par.y);
      expect(b.x + b.width).toBeLessThanOrEqual(par.x + par.width);
      expect(b.y + b.height).toBeLessThanOrEqual(par.y + par.height);
    }
    // Branches sit side by side.
    expect(Math.abs(box('Par/0').y - box('Par/1').y)).toBeLessThan(1);
    // Top to bottom: Start above Check above Par.
    expect(box('@start').y).toBeLessThan(box('Check').y);
    expect(box('Check').y).toBeLessThan(box('Par').y);
    const choice = laid.lines.find((l) => l.kind === 'choice')!;
    expect(choice.label?.text).toBe('$.n > 3');
    expect(choice.points.length).toBeGreaterThanOrEqual(2);
    expect(laid.lines.filter((l) => l.kind === 'catch')).toHaveLength(1);
    expect(laid.width).toBeGreaterThan(par.width);
  });
});
