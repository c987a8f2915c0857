// Every content checker `npm run content:check` runs, one per kind of content. Add a row to add a kind.
import { lessonChecker } from './lessons';
import { quizChecker } from './quizzes';
import { scenariosChecker } from './scenarios';
import type { ContentChecker } from './types';

export const contentCheckers: ContentChecker[] = [lessonChecker, scenariosChecker, quizChecker];
