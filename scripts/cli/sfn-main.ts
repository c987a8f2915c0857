// The `sfn` command line's dispatch: finds the command named by the first argument and runs it, returning
// the exit code. scripts/sfn.ts is the process wiring around it; tests call sfnMain in process.

import type { CliCommand } from './types';
import { runCommand } from './run';
import { validateCommand } from './validate';
import { testCommand } from './test';
import { costCommand } from './cost';

/** Every command, in the order the help text lists them; add a row to add a command. */
const commands: CliCommand[] = [runCommand, validateCommand, testCommand, costCommand];

function usage(): string {
  const lines = commands.map((c) => `  ${c.usage.padEnd(72)} ${c.summary}`);
  return `usage: npm run -s sfn -- <command> ...\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Runs `sfn <argv>`: writes to process.stdout/stderr and returns the exit code. */
export async function sfnMain(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = commands.find((c) => c.name === name);
  if (command) return command.main(args);
  const askedForHelp = !name || name === '--help' || name === '-h';
  process.stderr.write(askedForHelp ? usage() : `unknown command '${name}'\n\n${usage()}`);
  return askedForHelp ? 0 : 2;
}
