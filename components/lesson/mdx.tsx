import type { MDXComponents } from 'mdx/types';
import { Callout } from './callout';
import { Cost, CostValue } from './cost';
import { LessonSandbox } from './lesson-sandbox';
import { Rate } from './rate';
import { StateFlow } from './state-flow';

/**
 * Components lessons may use by name, without importing them (content/README.md documents each; the
 * props each accepts are listed in lib/content/lesson-components.ts and checked by content:check).
 * <SelfCheck /> is bound per lesson by the lesson page, which knows the lesson's questions.
 */
export const lessonComponents: MDXComponents = {
  Callout,
  StateFlow,
  Cost,
  CostValue,
  Rate,
  Sandbox: LessonSandbox,
  SelfCheck: MissingSelfCheck,
};

function MissingSelfCheck(): never {
  throw new Error('<SelfCheck /> is rendered by the lesson page (app/learn/[slug]/page.tsx), which passes the lesson’s questions');
}
