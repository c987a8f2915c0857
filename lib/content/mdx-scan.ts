// Reads a lesson's MDX the way the build does (remark + remark-mdx) and lists what the content check and
// the lesson page need: the components used with their literal props, links, headings and prose text,
// each with its line and column in the file. Pure: takes the text, does no I/O.
import type { Node as EstreeNode } from 'estree';
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Root, RootContent, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { JsonValue } from '../engine/types';
import { literalValue, programExpression, type Position } from './literal';

export type { Position } from './literal';

/** One prop as written: a literal value (with its syntax tree, to locate paths inside it) or a problem. */
export type PropValue =
  | { ok: true; value: JsonValue; position: Position; node?: EstreeNode }
  | { ok: false; message: string; position: Position };

export interface ComponentUse {
  name: string;
  position: Position;
  props: Record<string, PropValue>;
  /** Props written twice, or as `{...spread}`: a problem the check reports. */
  propProblems: { message: string; position: Position }[];
  /** The plain text of its children (a Callout's body), for checks that read it. */
  text: string;
}

export interface LinkUse {
  url: string;
  position: Position;
}

export interface HeadingUse {
  depth: number;
  text: string;
  /** The id rehype-slug gives it on the page (github-slugger, deduplicated in document order). */
  id: string;
  position: Position;
}

export interface TextUse {
  value: string;
  position: Position;
}

export type MdxScan =
  | { ok: true; components: ComponentUse[]; links: LinkUse[]; headings: HeadingUse[]; prose: TextUse[] }
  | { ok: false; message: string; position: Position };

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const start = (node: { position?: { start: { line: number; column: number } } | undefined }): Position => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

function readProps(element: JsxElement): Pick<ComponentUse, 'props' | 'propProblems'> {
  const props: Record<string, PropValue> = {};
  const propProblems: ComponentUse['propProblems'] = [];
  for (const attribute of element.attributes) {
    const at = start(attribute.position ? attribute : element);
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      propProblems.push({ message: `<${element.name}>: {…spread} props cannot be read without running them; write each prop out`, position: at });
      continue;
    }
    if (Object.hasOwn(props, attribute.name)) {
      propProblems.push({ message: `<${element.name}>: the prop ${attribute.name} is written twice`, position: at });
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined) {
      props[attribute.name] = { ok: true, value: true, position: at };
    } else if (typeof value === 'string') {
      props[attribute.name] = { ok: true, value, position: at };
    } else {
      const expression = programExpression(value.data?.estree ?? undefined);
      if (!expression) {
        props[attribute.name] = { ok: false, message: `${attribute.name}={…} is empty or not an expression`, position: at };
        continue;
      }
      const literal = literalValue(expression);
      props[attribute.name] = literal.ok
        ? { ok: true, value: literal.value, position: at, node: expression }
        : { ok: false, message: `${attribute.name}: ${literal.message}`, position: literal.position ?? at };
    }
  }
  return { props, propProblems };
}

/** Parses one MDX file (frontmatter included, so positions are the file's own). */
export function scanMdx(source: string): MdxScan {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(source);
  } catch (error) {
    // remark-mdx throws a VFileMessage with the place of the syntax error.
    const e = error as { reason?: string; message?: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : e.place;
    return {
      ok: false,
      message: `MDX syntax error: ${e.reason ?? e.message ?? String(error)}`,
      position: { line: (place as { line?: number } | undefined)?.line ?? e.line ?? 1, column: (place as { column?: number } | undefined)?.column ?? e.column ?? 1 },
    };
  }

  const components: ComponentUse[] = [];
  const links: LinkUse[] = [];
  const headings: HeadingUse[] = [];
  const prose: TextUse[] = [];
  const slugger = new GithubSlugger();

  visit(tree, (node: Root | RootContent) => {
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (!node.name) break; // a fragment <>…</>
        const { props, propProblems } = readProps(node);
        components.push({ name: node.name, position: start(node), props, propProblems, text: toString(node) });
        const href = props.href;
        if ((node.name === 'a' || node.name === 'Link') && href?.ok && typeof href.value === 'string') links.push({ url: href.value, position: href.position });
        break;
      }
      case 'link':
        links.push({ url: (node as Link).url, position: start(node) });
        break;
      case 'heading': {
        const text = toString(node as Heading);
        headings.push({ depth: (node as Heading).depth, text, id: slugger.slug(text), position: start(node) });
        break;
      }
      case 'text':
        prose.push({ value: (node as Text).value, position: start(node) });
        break;
    }
  });
  return { ok: true, components, links, headings, prose };
}
