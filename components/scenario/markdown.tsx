// Markdown written by instructors (a scenario's prompt), rendered to React without ever running it: no MDX,
// no raw HTML (mdast-util-to-hast drops it), and links limited to safe schemes. Works in server and client
// components alike (the instructor preview renders it in the browser).
import type { Element, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ReactElement } from 'react';

const SAFE_URL = /^(https?:|mailto:|\/(?!\/)|#|\.{0,2}\/)/i;

function visit(node: Root | Element, headingShift: number): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const heading = /^h([1-6])$/.exec(child.tagName);
    // The page has its own h1 and section headings: prompt headings sit below them.
    if (heading) child.tagName = `h${Math.min(6, Number(heading[1]) + headingShift)}`;
    for (const attr of ['href', 'src'] as const) {
      const url = child.properties[attr];
      if (typeof url === 'string' && !SAFE_URL.test(url.trim())) delete child.properties[attr];
    }
    if (child.tagName === 'a' && typeof child.properties.href === 'string' && /^https?:/i.test(child.properties.href)) {
      child.properties.rel = ['noopener', 'noreferrer'];
      child.properties.target = '_blank';
    }
    visit(child, headingShift);
  }
}

export function markdownToReact(text: string, headingShift = 2): ReactElement {
  const mdast = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const hast = toHast(mdast) as Root;
  visit(hast, headingShift);
  return toJsxRuntime(hast, { Fragment, jsx, jsxs });
}

export function Markdown({ text, className }: { text: string; className?: string }) {
  return <div className={className}>{markdownToReact(text)}</div>;
}
