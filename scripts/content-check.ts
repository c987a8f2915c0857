// `npm run content:check`: validates all content (lessons, scenarios, quizzes) and exits 1 with
// `file:line:column reason` for every problem. Run by `npm test`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentCheckers } from '../lib/content/checks';
import { runContentCheckers } from '../lib/content/checks/run';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const report = await runContentCheckers(contentCheckers, root);
for (const line of report.lines) console.log(line);
const n = report.problems.length;
console.log(n === 0 ? `Content is valid (${((Date.now() - started) / 1000).toFixed(1)} s).` : `\n${n} content problem${n === 1 ? '' : 's'}.`);
process.exit(n === 0 ? 0 : 1);
