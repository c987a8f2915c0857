import type { MDXComponents } from 'mdx/types';
import { lessonComponents } from './components/lesson/mdx';

/**
 * Components every MDX file can use without importing them. Add new ones to `lessonComponents`
 * (components/lesson/mdx.tsx) and to the props table in lib/content/lesson-components.ts.
 */
const components: MDXComponents = {
  ...lessonComponents,
};

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
