// Validation benchmark: the sandbox parses and validates the definition on every keystroke, so a 100-state
// machine (lib/engine/validate/hundred-states.ts) must take well under a frame. Prints the median of many
// runs after a warm-up, for validation alone and for parse + validation of the pretty-printed text.
// Run: npx tsx scripts/bench-validate.ts
import { parseDefinition } from '../lib/engine/parse/index';
import { validateDefinition } from '../lib/engine/validate/index';
import { hundredStates } from '../lib/engine/validate/hundred-states';

function median(f: () => void, runs: number): number {
  for (let i = 0; i < 50; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const def = hundredStates();
const text = JSON.stringify(def, null, 2);
const problems = validateDefinition(def);
if (problems.length > 0) throw new Error(`the benchmark machine is invalid: ${problems[0]!.message}`);
const validate = median(() => validateDefinition(def), 300);
const parse = median(() => parseDefinition(text), 100);
console.log(`100 states (${text.length} chars of JSON), median of runs after 50 warm-up runs:`);
console.log(`  validate            ${validate.toFixed(3)} ms`);
console.log(`  parse + validate    ${parse.toFixed(3)} ms`);
