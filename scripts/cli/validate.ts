// `sfn validate <definition>`: prints every diagnostic (file:line:column severity code at path: message)
// and exits 1 when any is an error.

import type { CliCommand } from './types';
import { parseArgs } from './args';
import { formatDiagnostic, loadDefinition } from './load';

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'validate <file> [--type EXPRESS] [--json]',
  summary: 'check a definition and print its diagnostics (exit 1 on errors)',
  async main(args) {
    const { positional, flags } = parseArgs(args, ['json']);
    const file = positional[0];
    if (!file) {
      process.stderr.write(`usage: sfn ${this.usage}\n`);
      return 2;
    }
    // parseDefinition validates as it parses, so its diagnostics are the full list.
    const type = typeof flags.type === 'string' && flags.type.toUpperCase() === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
    const all = loadDefinition(file, type).diagnostics;
    if (flags.json === true) process.stdout.write(JSON.stringify(all, null, 2) + '\n');
    else if (all.length === 0) process.stdout.write(`${file}: valid\n`);
    else for (const d of all) process.stdout.write(formatDiagnostic(file, d) + '\n');
    return all.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
