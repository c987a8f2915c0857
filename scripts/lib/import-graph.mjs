// The import graph of a folder of TypeScript modules, and the circles in it (strongly connected components
// of more than one file, or a file importing itself). Used by scripts/lib/import-graph.test.ts to keep the
// pure modules (lib/engine, lib/pricing, lib/grading, lib/quiz) free of import circles (issue 18).
//
// Counts what exists at run time: static imports and re-exports, `import()` and `require()`. Type-only
// imports (`import type`, `export type`, `import { type A, type B }`) are erased by the compiler and cannot
// change module initialisation order, so they are left out unless `types: true` is passed.

import fs from 'node:fs';
import path from 'node:path';

const STATEMENT = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]|(?:^|[;\n])\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx', '/index.mjs'];

function listFiles(dir, skip) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.includes(entry.name)) out.push(...listFiles(p, skip));
    } else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(p);
    }
  }
  return out;
}

function resolveSpec(from, spec, aliasRoot) {
  let base;
  if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else if (spec.startsWith('@/') && aliasRoot) base = path.resolve(aliasRoot, spec.slice(2));
  else return null;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  const stripped = base.replace(/\.(js|mjs)$/, '');
  for (const ext of EXTENSIONS) {
    const candidate = stripped + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every specifier is `type X`: the whole statement is erased. */
function isTypeOnlyClause(clause) {
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1].split(',').map((s) => s.trim()).filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

/** Map of file -> files it imports, for every module under `dir` (tests and `skip` folders left out). */
export function importGraph(dir, { types = false, skip = ['vendor', 'node_modules'], aliasRoot } = {}) {
  const graph = new Map();
  for (const file of listFiles(path.resolve(dir), skip)) {
    const source = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const targets = new Set();
    for (const m of source.matchAll(STATEMENT)) {
      const spec = m[4] ?? m[5] ?? m[6] ?? m[7];
      if (!types && m[4] !== undefined && (m[2] !== undefined || isTypeOnlyClause(m[3]))) continue;
      const target = resolveSpec(file, spec, aliasRoot);
      if (target) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** The import circles of a graph: each a sorted list of files (Tarjan's strongly connected components). */
export function findCycles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (v) => {
    // Iterative enough for these graphs: recursion depth is bounded by the longest import chain.
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
