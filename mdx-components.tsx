import type { MDXComponents } from 'mdx/types';
import { lessonComponents } from './components/lesson/mdx';
import { SandboxEmbed } from './components/sandbox/sandbox-embed';

/**
 * Components every MDX file can use without importing them. Add new ones to `lessonComponents`
 * (components/lesson/mdx.tsx) or spread them in here, e.g. `{ ...lessonComponents, Sandbox }`.
 */
const components: MDXComponents = {
  ...lessonComponents,
  // Light until opened: the editor, graph and engine load on click (components/sandbox/sandbox-embed.tsx).
  Sandbox: SandboxEmbed,
};

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
