// Run by e2e/quiz.spec.ts with tsx (Playwright's loader cannot import lib/pricing's rates.json): prints, as
// JSON, the question and answer for each request, from the same lib/quiz code the server grades with.
//   tsx e2e/support/quiz-samples.ts '[{"id":"inline-map-monthly","seed":3},{"topic":"error-handling","sessionSeed":7}]'
import { readQuizBank } from '../../lib/content/quizzes';
import { matchesFilter, sessionEntries } from '../../lib/quiz';
import type { TopicId } from '../../lib/content/catalog';
import { sampleEntry } from '../../scripts/cli/quiz';

type Request = { id: string; seed: number } | { topic: TopicId; sessionSeed: number };

const items = readQuizBank().items;
const requests = JSON.parse(process.argv[2] ?? '[]') as Request[];
const out = requests.map((r) => {
  if ('id' in r) {
    const item = items.find((i) => i.id === r.id);
    if (!item) throw new Error(`no item ${r.id}`);
    return sampleEntry(item, r.seed);
  }
  const inTopic = items.filter((i) => matchesFilter(i, { by: 'topic', topic: r.topic }));
  return sessionEntries(inTopic, r.sessionSeed).map((e) => sampleEntry(items.find((i) => i.id === e.itemId) as (typeof items)[number], e.seed));
});
process.stdout.write(JSON.stringify(out));
