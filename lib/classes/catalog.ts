import { getLessons } from '../content';
import { TOPICS } from '../content/catalog';
import { getQuizItem } from '../content/quizzes';
import { getScenarios } from '../content/scenarios';
import type { AssignmentKind } from './assignments';

/** A class's own published scenarios and quiz items, which its assignments may also name. */
export type ClassOwnContent = { scenarios: { id: string; title: string }[]; quizItems: { id: string; title: string }[] };

const NO_OWN_CONTENT: ClassOwnContent = { scenarios: [], quizItems: [] };

/**
 * What can be assigned, by kind, with a title to show: built-in lessons, scenarios and quiz topics, and
 * the class's own published scenarios and quiz items (`own`, read by the caller from the database).
 */
export function assignable(kind: AssignmentKind, own: ClassOwnContent = NO_OWN_CONTENT): { ref: string; title: string }[] {
  switch (kind) {
    case 'lesson':
      return getLessons().map((l) => ({ ref: l.slug, title: `${l.order}. ${l.title}` }));
    case 'scenario':
      return getScenarios().map((s) => ({ ref: s.id, title: s.title }));
    case 'quiz':
      return Object.entries(TOPICS).map(([ref, title]) => ({ ref, title }));
    case 'class-scenario':
      return own.scenarios.map((s) => ({ ref: s.id, title: s.title }));
    case 'class-quiz-item':
      return own.quizItems.map((i) => ({ ref: i.id, title: i.title }));
  }
}

export function assignmentTitle(kind: AssignmentKind, ref: string, own?: ClassOwnContent): string | undefined {
  return assignable(kind, own).find((a) => a.ref === ref)?.title;
}

export function assignmentHref(kind: AssignmentKind, ref: string, classId: string): string {
  switch (kind) {
    case 'lesson':
      return `/learn/${ref}`;
    case 'scenario':
      return `/practice/scenarios/${ref}`;
    case 'quiz':
      return `/practice/quizzes/topic/${ref}`;
    case 'class-scenario':
      return `/classes/${classId}/scenarios/${ref}`;
    case 'class-quiz-item':
      return `/classes/${classId}/quiz-items/${ref}`;
  }
}

export const itemTopics = (itemId: string): readonly string[] => getQuizItem(itemId)?.topics ?? [];
