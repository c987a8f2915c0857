import { getLessons } from '../content';

/** Lesson slug → title, for the lessons that exist (quiz items name the lesson that teaches them). */
export function lessonTitles(): Record<string, string> {
  return Object.fromEntries(getLessons().map((lesson) => [lesson.slug, lesson.title]));
}
