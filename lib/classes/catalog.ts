import { getLessons } from '../content';
import { TOPICS } from '../content/catalog';
import { getQuizItem } from '../content/quizzes';
import { getScenarios } from '../content/scenarios';
import type { AssignmentKind } from './assignments';

/** What can be assigned, by kind, with a title to show: built-in lessons, scenarios and quiz topics. */
export function assignable(kind: AssignmentKind): { ref: string; title: string }[] {
  switch (kind) {
    case 'lesson':
      return getLessons().map((l) => ({ ref: l.slug, title: `${l.order}. ${l.title}` }));
    case 'scenario':
      return getScenarios().map((s) => ({ ref: s.id, title: s.title }));
    case 'quiz':
      return Object.entries(TOPICS).map(([ref, title]) => ({ ref, title }));
  }
}

export function assignmentTitle(kind: AssignmentKind, ref: string): string | undefined {
  return assignable(kind).find((a) => a.ref === ref)?.title;
}

export function assignmentHref(kind: AssignmentKind, ref: string): string {
  if (kind === 'lesson') return `/learn/${ref}`;
  if (kind === 'scenario') return `/practice/scenarios/${ref}`;
  return `/practice/quizzes/topic/${ref}`;
}

export const itemTopics = (itemId: string): readonly string[] => getQuizItem(itemId)?.topics ?? [];
