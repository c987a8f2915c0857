import { loadScenarios } from './lib/content/scenarios';
import { grade } from './lib/grading';
const l = loadScenarios();
console.log(l.problems);
for (const { scenario } of l.scenarios) {
  for (const which of ['solution', 'starter'] as const) {
    const v = await grade(scenario, scenario[which]);
    console.log(which, v.passed, v.score, v.ms, v.diagnostics);
    for (const c of v.cases) console.log('  ', c.passed ? 'PASS' : 'FAIL', c.name, '—', c.feedback);
  }
}
