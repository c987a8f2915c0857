// `npm run -s grade -- <scenario id> <definition file>`: grades a definition against a scenario and prints
// the verdict as JSON. Exit 0 only when every case passes, 1 when some case fails, 2 for a usage problem
// (unknown scenario, unreadable file). The cases run in a worker thread with the server's limits.
import { readFileSync } from 'node:fs';
import { getScenario, getScenarios } from '../../lib/content/scenarios';
import { gradeBounded } from '../../lib/grading-server/bounded-grade';

const USAGE = 'usage: npm run -s grade -- <scenario id> <definition file | -> [--visible]\n';

export async function gradeMain(args: string[], io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) }): Promise<number> {
  const positional = args.filter((a) => !a.startsWith('--'));
  const visible = args.includes('--visible');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--visible');
  if (unknown.length || positional.length !== 2) {
    io.err(`${unknown.length ? `unknown option ${unknown.join(', ')}\n` : ''}${USAGE}`);
    return 2;
  }
  const [id, file] = positional as [string, string];
  const scenario = getScenario(id);
  if (!scenario) {
    io.err(`no scenario "${id}"; the scenarios are: ${getScenarios().map((s) => s.id).join(', ')}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    io.err(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const outcome = await gradeBounded(scenario, text, { site: 'cli', ...(visible ? { only: 'visible' as const } : {}) });
  if (!outcome.ok) {
    io.err(`${outcome.message}\n`);
    io.out(`${JSON.stringify({ scenario: id, passed: false, stopped: outcome.reason, message: outcome.message }, null, 2)}\n`);
    return 1;
  }
  io.out(`${JSON.stringify(outcome.verdict, null, 2)}\n`);
  return outcome.verdict.passed ? 0 : 1;
}
