// Quiz sessions: the items of a topic or an exam, a handful picked and ordered by one session seed, each
// with its own attempt seed derived from it, so the same session URL shows the same questions.

import { EXAMS, parseExamTag, TOPICS, type ExamId, type TopicId } from '../content/catalog';
import { createRandom } from '../engine/random';
import { MAX_SEED, shuffled } from './params';
import type { QuizCategory, QuizItem } from './types';

export const SESSION_LENGTH = 10;

export type QuizFilter =
  | { by: 'topic'; topic: TopicId; category?: QuizCategory }
  | { by: 'exam'; exam: ExamId; domain?: number; category?: QuizCategory };

export function matchesFilter(item: QuizItem, filter: QuizFilter): boolean {
  if (filter.category && item.category !== filter.category) return false;
  if (filter.by === 'topic') return item.topics.includes(filter.topic);
  return item.exams.some((text) => {
    const tag = parseExamTag(text);
    return !('error' in tag) && tag.exam === filter.exam && (filter.domain === undefined || tag.domain === filter.domain);
  });
}

export function describeFilter(filter: QuizFilter): string {
  const category = filter.category === 'cost' ? 'Cost questions: ' : filter.category === 'concept' ? 'Concept questions: ' : '';
  if (filter.by === 'topic') return `${category}${TOPICS[filter.topic]}`;
  const exam = EXAMS[filter.exam];
  const domain = filter.domain === undefined ? undefined : exam.domains.find((d) => d.number === filter.domain);
  return `${category}${exam.id}${domain ? `, domain ${domain.number}: ${domain.name}` : ''}`;
}

export interface SessionEntry {
  itemId: string;
  seed: number;
}

/** Up to `length` items of the set, picked and ordered by the session seed, each with its own seed. */
export function sessionEntries(items: readonly QuizItem[], sessionSeed: number, length = SESSION_LENGTH): SessionEntry[] {
  const picked = shuffled([...items].sort((a, b) => a.id.localeCompare(b.id)), sessionSeed).slice(0, length);
  const random = createRandom(sessionSeed);
  return picked.map((item) => ({ itemId: item.id, seed: Math.floor(random.next() * MAX_SEED) }));
}
