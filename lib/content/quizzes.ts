// Reads the quiz bank from content/quizzes/*.yaml. Pages, the server actions and the CLI all load it here.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, type ContentProblem } from './checks/types';
import { buildQuizBank, type QuizBank } from './quiz-bank';
import type { QuizItem } from '../quiz/types';

export const QUIZZES_DIR = 'content/quizzes';

export class QuizContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Invalid quiz content (run npm run content:check):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'QuizContentError';
  }
}

/** Every quiz file under `root`, parsed and validated (problems returned, not thrown). */
export function readQuizBank(root: string = process.cwd()): QuizBank {
  const dir = path.join(root, QUIZZES_DIR);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => ({ file: `${QUIZZES_DIR}/${name}`, source: readFileSync(path.join(dir, name), 'utf8') }));
  return buildQuizBank(files);
}

let cached: QuizItem[] | undefined;

/** The validated bank; throws with every problem listed when any item is invalid. Read once in production. */
export function getQuizItems(): QuizItem[] {
  if (cached && process.env.NODE_ENV === 'production') return cached;
  const bank = readQuizBank();
  if (bank.problems.length > 0) throw new QuizContentError(bank.problems);
  cached = bank.items;
  return cached;
}

export function getQuizItem(id: string): QuizItem | undefined {
  return getQuizItems().find((item) => item.id === id);
}
