// Run with tsx (Playwright's loader cannot import lib/pricing's rates.json): the question and answer for each
// request, as JSON, from the same lib/quiz code the server grades with.
//   tsx e2e/support/quiz-samples.ts '[{"id":"inline-map-monthly","seed":3},{"topic":"error-handling","sessionSeed":7}]'
//   tsx e2e/support/quiz-samples.ts --serve   (one JSON array of requests per stdin line, one answer line each)
// The specs use --serve through quiz-sampler.ts: one process per file instead of one per question, since
// starting tsx costs seconds of CPU on a busy machine.
import { createInterface } from 'node:readline';
import { readQuizBank } from '../../lib/content/quizzes';
import { matchesFilter, sessionEntries } from '../../lib/quiz';
import type { TopicId } from '../../lib/content/catalog';
import { sampleEntry } from '../../scripts/cli/quiz';

export type SampleRequest = { id: string; seed: number } | { topic: TopicId; sessionSeed: number };

const items = readQuizBank().items;

function answer(requests: SampleRequest[]) {
  return requests.map((r) => {
    if ('id' in r) {
      const item = items.find((i) => i.id === r.id);
      if (!item) throw new Error(`no item ${r.id}`);
      return sampleEntry(item, r.seed);
    }
    const inTopic = items.filter((i) => matchesFilter(i, { by: 'topic', topic: r.topic }));
    return sessionEntries(inTopic, r.sessionSeed).map((e) => sampleEntry(items.find((i) => i.id === e.itemId) as (typeof items)[number], e.seed));
  });
}

if (process.argv[2] === '--serve') {
  for await (const line of createInterface({ input: process.stdin })) {
    let reply: unknown;
    try {
      reply = { samples: answer(JSON.parse(line) as SampleRequest[]) };
    } catch (error) {
      reply = { error: String((error as Error)?.message ?? error) };
    }
    process.stdout.write(`${JSON.stringify(reply)}\n`);
  }
} else {
  process.stdout.write(JSON.stringify(answer(JSON.parse(process.argv[2] ?? '[]') as SampleRequest[])));
}
