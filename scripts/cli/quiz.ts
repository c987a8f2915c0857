// `npm run -s quiz -- list [--json] [--topic T] [--exam E] [--category cost|concept]` lists every quiz item;
// `npm run -s quiz -- sample <item id> [--seed N] [--json]` shows one item as a learner would see it for that
// seed (its parameters, options in their order) and its answer with the worked arithmetic. Exit 0 on
// success, 2 for a usage problem (an unknown item, a bad seed), 1 when the quiz content itself is invalid.
import { EXAM_IDS, TOPIC_IDS, type ExamId, type TopicId } from '../../lib/content/catalog';
import { readQuizBank } from '../../lib/content/quizzes';
import { formatProblem } from '../../lib/content/checks/types';
import { formatValue, isGeneratedItem, materialize, matchesFilter, MAX_SEED, newSeed, QUIZ_CATEGORIES, type QuizCategory, type QuizItem } from '../../lib/quiz';
import { parseArgs } from './args';

const USAGE = `usage:
  npm run -s quiz -- list [--json] [--topic <topic id>] [--exam <DEA-C01|DVA-C02|SAA-C03>] [--category cost|concept]
  npm run -s quiz -- sample <item id> [--seed <n>] [--json]
`;

export interface Io {
  out: (s: string) => unknown;
  err: (s: string) => unknown;
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export function listEntry(item: QuizItem) {
  return {
    id: item.id,
    type: item.type,
    category: item.category,
    title: item.title,
    topic: item.topics[0],
    topics: item.topics,
    exams: item.exams,
    lesson: item.lesson,
    parametrized: isGeneratedItem(item),
    ...(isGeneratedItem(item) ? { generator: item.generator } : {}),
    source: `${item.source.file}:${item.source.line}`,
  };
}

export function sampleEntry(item: QuizItem, seed: number) {
  const m = materialize(item, seed);
  const q = m.question;
  const correctKeys = m.options?.filter((o) => o.correct).map((o) => o.key) ?? [];
  return {
    id: item.id,
    seed,
    type: item.type,
    category: item.category,
    title: item.title,
    lesson: item.lesson,
    prompt: q.prompt,
    facts: q.facts,
    params: q.params ?? {},
    ...(q.code ? { code: q.code } : {}),
    ...(q.options ? { options: q.options.map((o) => ({ key: o.key, text: o.text, ...(o.detail ? { detail: o.detail } : {}) })) } : {}),
    ...(q.numeric ? { unit: q.numeric.unit } : {}),
    ...(q.restructure ? { restructure: { input: JSON.parse(q.restructure.input), runsPerMonth: q.restructure.runsPerMonth, target: q.restructure.targetDisplay } } : {}),
    answer: {
      ...(m.options ? { keys: correctKeys, text: m.options.filter((o) => o.correct).map((o) => o.text) } : {}),
      ...(m.numeric && item.type === 'numeric'
        ? { value: m.numeric.answer, display: formatValue(m.numeric.answer, m.numeric.unit), accepted: m.numeric.accepted, tolerance: m.numeric.tolerance }
        : {}),
      ...(m.restructure ? { target: m.restructure.targetDisplay, reference: m.restructure.reference } : {}),
    },
    ...(m.options ? { explanations: Object.fromEntries(m.options.map((o) => [o.key, o.explanation])) } : {}),
    working: m.working,
    summary: m.summary,
  };
}

export function quizMain(args: string[], io: Io = defaultIo, random: () => number = Math.random): number {
  const { positional, flags } = parseArgs(args, ['json']);
  const [command, id, ...rest] = positional;
  const json = flags.json === true;
  if (command === undefined || command === 'help' || flags.help) {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  const bank = readQuizBank();
  if (bank.problems.length > 0) {
    io.err(`The quiz content has problems (npm run content:check):\n${bank.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
    return 1;
  }

  if (command === 'list') {
    if (id !== undefined) return usage(io, `list takes no item id (got "${id}")`);
    const topic = typeof flags.topic === 'string' ? flags.topic : undefined;
    const exam = typeof flags.exam === 'string' ? flags.exam : undefined;
    const category = typeof flags.category === 'string' ? flags.category : undefined;
    if (topic !== undefined && !TOPIC_IDS.includes(topic as TopicId)) return usage(io, `unknown topic "${topic}"; topics: ${TOPIC_IDS.join(', ')}`);
    if (exam !== undefined && !EXAM_IDS.includes(exam as ExamId)) return usage(io, `unknown exam "${exam}"; exams: ${EXAM_IDS.join(', ')}`);
    if (category !== undefined && !QUIZ_CATEGORIES.includes(category as QuizCategory)) return usage(io, `unknown category "${category}"; categories: ${QUIZ_CATEGORIES.join(', ')}`);
    const cat = category as QuizCategory | undefined;
    const items = bank.items.filter((item) =>
      topic !== undefined
        ? matchesFilter(item, { by: 'topic', topic: topic as TopicId, ...(cat ? { category: cat } : {}) })
        : exam !== undefined
          ? matchesFilter(item, { by: 'exam', exam: exam as ExamId, ...(cat ? { category: cat } : {}) })
          : cat === undefined || item.category === cat,
    );
    if (json) {
      io.out(`${JSON.stringify(items.map(listEntry), null, 2)}\n`);
    } else {
      for (const item of items) io.out(`${item.id.padEnd(40)} ${item.type.padEnd(16)} ${item.category.padEnd(8)} ${isGeneratedItem(item) ? 'parametrized' : 'written     '} ${item.topics.join(', ')}\n`);
      io.out(`${items.length} item${items.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  }

  if (command === 'sample') {
    if (id === undefined || rest.length > 0) return usage(io, 'sample takes one item id');
    const item = bank.items.find((i) => i.id === id);
    if (!item) return usage(io, `no quiz item "${id}" (npm run -s quiz -- list shows them)`);
    let seed: number;
    if (flags.seed === undefined) seed = newSeed(random);
    else {
      seed = Number(flags.seed);
      if (flags.seed === true || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) return usage(io, `--seed must be a whole number from 0 to ${MAX_SEED}`);
    }
    const sample = sampleEntry(item, seed);
    if (json) io.out(`${JSON.stringify(sample, null, 2)}\n`);
    else io.out(textSample(sample));
    return 0;
  }

  return usage(io, `unknown command "${command}"`);
}

function usage(io: Io, message: string): number {
  io.err(`${message}\n${USAGE}`);
  return 2;
}

function textSample(s: ReturnType<typeof sampleEntry>): string {
  const lines = [`${s.title} (${s.id}, seed ${s.seed})`, '', s.prompt, ''];
  for (const f of s.facts) lines.push(`  ${f.label}: ${f.value}`);
  if (s.options) for (const o of s.options) lines.push(`  ${o.key.toUpperCase()}. ${o.text}`);
  if ('unit' in s && s.unit) lines.push(`  (answer in ${s.unit})`);
  lines.push('', `Answer: ${'display' in s.answer ? s.answer.display : 'keys' in s.answer ? (s.answer.keys ?? []).map((k) => k.toUpperCase()).join(', ') : (s.answer as { target?: string }).target ?? ''}`);
  for (const step of s.working) lines.push(`  ${step.label}: ${step.expression} = ${step.result}`);
  lines.push('', s.summary, '');
  return lines.join('\n');
}
