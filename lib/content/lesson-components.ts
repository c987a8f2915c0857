// The MDX components every lesson may use without importing them (mdx-components.tsx provides them) and
// the props each accepts: one table read by the content check, the components and content/README.md.

/** The components a lesson may use (mdx-components.tsx provides them) and the props each accepts. */
export const LESSON_COMPONENT_PROPS = {
  Sandbox: ['title', 'id', 'definition', 'input', 'type', 'world', 'mocks', 'testCase', 'faults', 'expect', 'maxTransitions'],
  Callout: ['kind', 'title'],
  SelfCheck: [],
  StateFlow: ['title', 'states', 'branch'],
  Cost: ['title', 'definition', 'input', 'type', 'world', 'mocks', 'testCase', 'faults', 'runsPerMonth', 'freeTier', 'maxTransitions'],
  CostValue: ['definition', 'input', 'type', 'world', 'mocks', 'testCase', 'faults', 'runsPerMonth', 'freeTier', 'field', 'maxTransitions'],
  Rate: ['id'],
} as const;

export type LessonComponentName = keyof typeof LESSON_COMPONENT_PROPS;
export const CALLOUT_KINDS = ['note', 'tip', 'trap'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/** A Callout with no kind is a note. `trap` is an exam trap: every lesson has at least one. */
export const CALLOUT_LABELS: Record<CalloutKind, string> = { note: 'Note', tip: 'Tip', trap: 'Exam trap' };

/** The self-check's anchor and heading (components/lesson/self-check.tsx renders it; the TOC links to it). */
export const SELF_CHECK_ID = 'self-check';
export const SELF_CHECK_TITLE = 'Check yourself';
