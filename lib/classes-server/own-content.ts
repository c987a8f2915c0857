// A class's own published scenarios and quiz items, which its assignments may name beside built-in content.
import type { ClassOwnContent } from '../classes/catalog';
import { listPublishedClassQuizItems } from '../db/class-quiz-items';
import { listPublishedClassScenarios } from '../db/class-scenarios';
import type { Db } from '../db/create-client';

/** Each class's own published content, by class id (every id asked for has an entry). */
export async function classOwnContent(db: Db, classIds: string[]): Promise<Map<string, ClassOwnContent>> {
  const [scenarios, quizItems] = await Promise.all([listPublishedClassScenarios(db, classIds), listPublishedClassQuizItems(db, classIds)]);
  return new Map(
    classIds.map((id) => [
      id,
      { scenarios: scenarios.filter((s) => s.classId === id).map(({ id: sid, title }) => ({ id: sid, title })), quizItems: quizItems.filter((i) => i.classId === id).map(({ id: iid, title }) => ({ id: iid, title })) },
    ]),
  );
}
