import type { MDXComponents } from 'mdx/types';
import { Callout } from './callout';
import { StateFlow } from './state-flow';

/** Components lessons may use by name, without importing them. */
export const lessonComponents: MDXComponents = {
  Callout,
  StateFlow,
};
