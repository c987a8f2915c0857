// The quiz checker for `npm run content:check`: every item valid (schema, lesson, topics, exam tags, unique
// ids), every generator sound across 200 seeds (lib/quiz/verify.ts: answers finite and in range, right apart
// from wrong, the engine's simulated transitions and cost equal to the generator's arithmetic), and every
// item presentable for every seed (a single-choice cost item always has at least three options).

import { GENERATOR_LIST, getGenerator } from '../../quiz/generators';
import { materialize } from '../../quiz/materialize';
import { isGeneratedItem, type QuizItem } from '../../quiz/types';
import { cachedRunner, CHECK_SEEDS, checkGenerator, TYPES_FOR_KIND } from '../../quiz/verify';
import { readQuizBank } from '../quizzes';
import type { ContentChecker, ContentProblem } from './types';

/** A dollar figure typed into written content (cost figures must come from lib/pricing via a generator). */
const TYPED_DOLLARS = /\$\s?\d/;

function writtenTexts(item: QuizItem): string[] {
  if (isGeneratedItem(item)) return [];
  const texts = [item.title, item.prompt, item.code ?? ''];
  if (item.type === 'numeric') texts.push(item.explanation);
  else for (const o of item.options) texts.push(o.text, o.explanation);
  return texts;
}

export async function checkQuizzes(root: string): Promise<ContentProblem[]> {
  const bank = readQuizBank(root);
  const problems: ContentProblem[] = [...bank.problems];
  const at = (item: QuizItem) => ({ file: item.source.file, line: item.source.line });

  for (const item of bank.items) {
    if (writtenTexts(item).some((t) => TYPED_DOLLARS.test(t))) {
      problems.push({ ...at(item), message: `${item.id}: a dollar figure is typed in; cost figures must be computed by lib/pricing (use a generator)` });
    }
    if (!isGeneratedItem(item)) continue;
    const generator = getGenerator(item.generator);
    if (!generator) {
      problems.push({ ...at(item), message: `${item.id}: no generator "${item.generator}" (known: ${GENERATOR_LIST.map((g) => g.id).join(', ')})` });
      continue;
    }
    if (!TYPES_FOR_KIND[generator.kind].includes(item.type)) {
      problems.push({ ...at(item), message: `${item.id}: generator "${generator.id}" makes ${generator.kind} questions, shown as ${TYPES_FOR_KIND[generator.kind].join(' or ')}, not "${item.type}"` });
    }
  }

  // Every item, every seed the generators are checked with: it must materialize, and a choice must offer a real choice.
  for (const item of bank.items) {
    if (problems.some((p) => p.file === item.source.file && p.line === item.source.line)) continue;
    const seeds = isGeneratedItem(item) ? CHECK_SEEDS : 1;
    for (let seed = 0; seed < seeds; seed++) {
      try {
        const m = materialize(item, seed);
        const fewest = item.type === 'single' && isGeneratedItem(item) ? 3 : 2;
        if (m.options && m.options.length < fewest) {
          problems.push({ ...at(item), message: `${item.id}: seed ${seed} offers only ${m.options.length} options (distinct wrong answers ran out)` });
          break;
        }
      } catch (error) {
        problems.push({ ...at(item), message: `${item.id}: seed ${seed} cannot be shown: ${(error as Error).message}` });
        break;
      }
    }
  }

  const firstUse = new Map<string, QuizItem>();
  for (const item of bank.items) if (isGeneratedItem(item) && !firstUse.has(item.generator)) firstUse.set(item.generator, item);
  const run = cachedRunner();
  for (const generator of GENERATOR_LIST) {
    const user = firstUse.get(generator.id);
    const where = user ? at(user) : { file: `lib/quiz/generators (${generator.id})` };
    if (!user) problems.push({ ...where, message: `generator "${generator.id}" is not used by any item` });
    for (const p of await checkGenerator(generator, { run })) {
      problems.push({ ...where, message: `generator ${generator.id}${p.seed >= 0 ? `, seed ${p.seed}` : ''}: ${p.message}` });
    }
  }
  return problems;
}

export const quizChecker: ContentChecker = { name: 'quizzes', run: checkQuizzes };
