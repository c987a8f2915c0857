// The course teaches what the exams ask (issue 11): every state type, both execution models, Retry, Catch,
// Distributed Map, state transitions and the cost trap are each taught in some lesson. "Taught" means more
// than mentioned: the lesson is tagged with the topic AND the reader runs (or prices) a machine that uses it.
// This reads the real lesson files, so it fails while a lesson is missing and passes once the course is whole.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../engine';
import type { TopicId } from './catalog';
import { resolveExampleProps } from './example-props';
import { parseLesson } from './lessons';
import { scanMdx, type ComponentUse } from './mdx-scan';

const root = process.cwd();
const dir = path.join(root, 'content', 'lessons');

interface Example {
  kind: 'Sandbox' | 'Cost' | 'CostValue';
  type: 'STANDARD' | 'EXPRESS';
  states: Record<string, unknown>[];
  claimsTransitions: boolean;
}

interface TaughtLesson {
  slug: string;
  topics: TopicId[];
  examples: Example[];
  trapText: string;
}

/** Every state object in a definition, nested branches and item processors included. */
function allStates(definition: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (machine: unknown) => {
    const states = (machine as { States?: Record<string, Record<string, unknown>> } | undefined)?.States ?? {};
    for (const state of Object.values(states)) {
      out.push(state);
      for (const branch of (state.Branches as unknown[] | undefined) ?? []) visit(branch);
      visit(state.ItemProcessor ?? state.Iterator);
    }
  };
  visit(definition);
  return out;
}

function exampleOf(use: ComponentUse): Example | undefined {
  if (use.name !== 'Sandbox' && use.name !== 'Cost' && use.name !== 'CostValue') return undefined;
  const values = Object.fromEntries(Object.entries(use.props).flatMap(([k, v]) => (v.ok ? [[k, v.value]] : [])));
  const resolved = resolveExampleProps(root, values);
  if (!resolved.ok) return undefined;
  const parsed = parseDefinition(resolved.spec.definitionText, { validate: false });
  if (!parsed.definition) return undefined;
  const claim = values.expect as { transitions?: unknown } | undefined;
  return {
    kind: use.name,
    type: resolved.spec.type ?? 'STANDARD',
    states: allStates(parsed.definition as unknown as Record<string, unknown>),
    claimsTransitions: typeof claim?.transitions === 'number',
  };
}

function readCourse(): TaughtLesson[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .flatMap((name) => {
      const source = readFileSync(path.join(dir, name), 'utf8');
      const parsed = parseLesson(`content/lessons/${name}`, source);
      const scan = scanMdx(source);
      if (!parsed.ok || !scan.ok) return [];
      return [
        {
          slug: parsed.lesson.slug,
          topics: parsed.lesson.topics,
          examples: scan.components.map(exampleOf).filter((e): e is Example => e !== undefined),
          trapText: scan.components
            .filter((c) => c.name === 'Callout' && c.props.kind?.ok && c.props.kind.value === 'trap')
            .map((c) => `${c.props.title?.ok ? String(c.props.title.value) : ''} ${c.text}`)
            .join('\n'),
        },
      ];
    });
}

const isInlineMap = (s: Record<string, unknown>) =>
  s.Type === 'Map' && ((s.ItemProcessor as { ProcessorConfig?: { Mode?: string } } | undefined)?.ProcessorConfig?.Mode ?? 'INLINE') === 'INLINE';
const isDistributedMap = (s: Record<string, unknown>) =>
  s.Type === 'Map' && (s.ItemProcessor as { ProcessorConfig?: { Mode?: string } } | undefined)?.ProcessorConfig?.Mode === 'DISTRIBUTED';

/** A concept is taught by a lesson tagged with `topic` that runs a sandbox showing it. */
const CONCEPTS: { name: string; topic: TopicId; shows: (lesson: TaughtLesson) => boolean }[] = [
  ...(
    [
      ['Task', 'task'],
      ['Pass', 'pass-succeed-fail'],
      ['Succeed', 'pass-succeed-fail'],
      ['Fail', 'pass-succeed-fail'],
      ['Choice', 'choice'],
      ['Wait', 'wait'],
      ['Parallel', 'parallel'],
      ['Map', 'inline-map'],
    ] as const
  ).map(([type, topic]) => ({
    name: `the ${type} state`,
    topic,
    shows: (l: TaughtLesson) => l.examples.some((e) => e.kind === 'Sandbox' && e.states.some((s) => s.Type === type)),
  })),
  {
    name: 'Standard and Express execution models',
    topic: 'execution-types',
    shows: (l) => l.examples.some((e) => e.kind === 'Sandbox' && e.type === 'EXPRESS') && l.examples.some((e) => e.kind === 'Sandbox' && e.type === 'STANDARD'),
  },
  { name: 'Retry', topic: 'error-handling', shows: (l) => l.examples.some((e) => e.kind === 'Sandbox' && e.states.some((s) => Array.isArray(s.Retry))) },
  { name: 'Catch', topic: 'error-handling', shows: (l) => l.examples.some((e) => e.kind === 'Sandbox' && e.states.some((s) => Array.isArray(s.Catch))) },
  { name: 'Distributed Map', topic: 'distributed-map', shows: (l) => l.examples.some((e) => e.kind === 'Sandbox' && e.states.some(isDistributedMap)) },
  {
    name: 'state transitions (counted and priced)',
    topic: 'pricing',
    shows: (l) => l.examples.some((e) => e.kind !== 'Sandbox' || e.claimsTransitions),
  },
  {
    name: 'the cost trap (an inline Map billed per transition)',
    topic: 'pricing',
    shows: (l) => /transition/i.test(l.trapText) && l.examples.some((e) => e.kind !== 'Sandbox' && e.type === 'STANDARD' && e.states.some(isInlineMap)),
  },
];

describe('the course covers what the exams ask', () => {
  const course = readCourse();

  it.each(CONCEPTS)('$name is taught in some lesson', ({ topic, shows }) => {
    const teaching = course.filter((l) => l.topics.includes(topic) && shows(l)).map((l) => l.slug);
    expect(teaching, `no lesson tagged "${topic}" runs or prices a machine that shows it`).not.toEqual([]);
  });

  it('sees every lesson of the catalog', async () => {
    const { LESSON_SLUGS } = await import('./catalog');
    expect(course.map((l) => l.slug).sort()).toEqual([...LESSON_SLUGS].sort());
  });
});
