import { describe, expect, it } from 'vitest';
import { scanMdx } from './mdx-scan';
import { locate } from './literal';

function propsOf(mdx: string) {
  const scan = scanMdx(mdx);
  if (!scan.ok) throw new Error(scan.message);
  return scan.components[0]!.props;
}

describe('reading literal props from MDX', () => {
  it('reads objects, arrays, strings, numbers, booleans, null, negatives and plain template strings', () => {
    const props = propsOf("<X a={{ k: 'v', 'q-k': [1, -2.5, true, null], t: `plain` }} b=\"s\" c />\n");
    expect(props.a).toMatchObject({ ok: true, value: { k: 'v', 'q-k': [1, -2.5, true, null], t: 'plain' } });
    expect(props.b).toMatchObject({ ok: true, value: 's' });
    expect(props.c).toMatchObject({ ok: true, value: true });
  });

  it('refuses anything that would need running, with its position', () => {
    const props = propsOf('<X a={{ k: f() }} b={[...xs]} c={x} d={{ [k]: 1 }} e={{ a: 1, a: 2 }} />\n');
    expect(props.a).toMatchObject({ ok: false, message: expect.stringMatching(/a function call cannot be read/), position: { line: 1, column: 12 } });
    expect(props.b).toMatchObject({ ok: false, message: expect.stringMatching(/spread/) });
    expect(props.c).toMatchObject({ ok: false, message: expect.stringMatching(/the name x/) });
    expect(props.d).toMatchObject({ ok: false, message: expect.stringMatching(/computed/) });
    expect(props.e).toMatchObject({ ok: false, message: expect.stringMatching(/"a" is written twice/) });
  });

  it('locates a path inside a literal, or the deepest part that exists', () => {
    const mdx = "<X d={{\n  StartAt: 'A',\n  States: {\n    A: { Type: 'Pass', Next: 'B' },\n  },\n}} />\n";
    const d = propsOf(mdx).d!;
    if (!d.ok || !d.node) throw new Error('expected a literal');
    expect(locate(d.node, ['States', 'A', 'Next'])).toEqual({ line: 4, column: 24 });
    expect(locate(d.node, ['States', 'A', 'Missing'])).toEqual({ line: 4, column: 5 });
    expect(locate(d.node, ['StartAt'])).toEqual({ line: 2, column: 3 });
  });

  it('gives heading ids as rehype-slug does, deduplicated in document order', () => {
    const scan = scanMdx('## Why not just write the code?\n\n## Why not just write the code?\n\n### `Retry` and Catch\n');
    expect(scan.ok && scan.headings.map((h) => h.id)).toEqual(['why-not-just-write-the-code', 'why-not-just-write-the-code-1', 'retry-and-catch']);
  });
});
