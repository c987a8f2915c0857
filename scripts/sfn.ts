// The `sfn` command line: `npm run -s sfn -- <command> [args]`. Each command lives in scripts/cli/<name>.ts;
// scripts/cli/sfn-main.ts finds the one named and runs it.

import { sfnMain } from './cli/sfn-main';

process.exitCode = await sfnMain(process.argv.slice(2));
