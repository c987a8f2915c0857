import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module without type declarations
import { findCycles, importGraph } from './import-graph.mjs';

const root = path.resolve(__dirname, '../..');
const rel = (cycles: string[][]) => cycles.map((c) => c.map((f) => path.relative(root, f)));

describe('import circles', () => {
  for (const dir of ['lib/engine', 'lib/pricing', 'lib/grading', 'lib/quiz']) {
    it(`${dir} has none`, () => {
      const graph = importGraph(path.join(root, dir), { aliasRoot: root });
      expect(graph.size).toBeGreaterThan(3);
      expect(rel(findCycles(graph))).toEqual([]);
    });
  }

  it('the engine runtime never imports the states, the validator or the simulated services', () => {
    const graph: Map<string, string[]> = importGraph(path.join(root, 'lib/engine/runtime'), { aliasRoot: root, types: true });
    const outward = [...graph].flatMap(([from, targets]) =>
      targets.filter((t) => /lib\/engine\/(states|validate|services)\//.test(t) || /lib\/engine\/(start|index)\.ts$/.test(t)).map((t) => `${path.relative(root, from)} -> ${path.relative(root, t)}`),
    );
    expect(outward).toEqual([]);
  });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-graph-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('finds a circle through a dynamic import and ignores a type-only one', () => {
    fs.writeFileSync(path.join(tmp, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    fs.writeFileSync(path.join(tmp, 'b.ts'), "export const b = 1;\nexport async function later() { return (await import('./c')).c; }\n");
    fs.writeFileSync(path.join(tmp, 'c.ts'), "import { a } from './a';\nexport const c = a;\n");
    fs.writeFileSync(path.join(tmp, 'd.ts'), "import type { e } from './e';\nexport const d: typeof e | 1 = 1;\n");
    fs.writeFileSync(path.join(tmp, 'e.ts'), "import { type d } from './d';\nexport const e: typeof d = 1;\n");
    const cycles = findCycles(importGraph(tmp)).map((c: string[]) => c.map((f) => path.basename(f)));
    expect(cycles).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    const withTypes = findCycles(importGraph(tmp, { types: true })).map((c: string[]) => c.map((f) => path.basename(f)));
    expect(withTypes).toContainEqual(['d.ts', 'e.ts']);
  });
});
