import { GENERATOR_LIST } from './lib/quiz/generators';
import { checkGenerator, cachedRunner } from './lib/quiz/verify';
const only = process.argv[2];
for (const g of GENERATOR_LIST) {
  if (only && g.id !== only) continue;
  const t = Date.now();
  const run = cachedRunner();
  const problems = await checkGenerator(g, { run });
  console.log(`${problems.length ? '✗' : '✓'} ${g.id} ${Date.now() - t} ms, ${run.runs()} engine runs`);
  for (const p of problems) console.log(`   seed ${p.seed}: ${p.message}`);
}
