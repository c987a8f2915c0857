// The `sfn` command line: `npm run -s sfn -- <command> [args]`. Each command lives in scripts/cli/<name>.ts
// and registers itself in the table below; add a row to add a command.

import type { CliCommand } from './cli/types';
import { runCommand } from './cli/run';
import { validateCommand } from './cli/validate';

const commands: CliCommand[] = [runCommand, validateCommand];

// Commands other helpers add (test, cost) are picked up when their file exists, so this table does not
// have to change in the same edit.
for (const name of ['test', 'cost']) {
  try {
    const mod = (await import(`./cli/${name}.ts`)) as Record<string, unknown>;
    const cmd = Object.values(mod).find((v): v is CliCommand => typeof v === 'object' && v !== null && 'name' in v && 'main' in v);
    if (cmd && !commands.some((c) => c.name === cmd.name)) commands.push(cmd);
  } catch {
    // not there yet
  }
}

function usage(): string {
  const lines = commands.map((c) => `  ${c.usage.padEnd(72)} ${c.summary}`);
  return `usage: npm run -s sfn -- <command> ...\n\ncommands:\n${lines.join('\n')}\n`;
}

const [name, ...args] = process.argv.slice(2);
const command = commands.find((c) => c.name === name);
if (!command) {
  process.stderr.write(name && name !== '--help' && name !== '-h' ? `unknown command '${name}'\n\n${usage()}` : usage());
  process.exit(name && name !== '--help' && name !== '-h' ? 2 : 0);
}
process.exitCode = await command.main(args);
