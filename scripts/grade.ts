// Entry point of `npm run -s grade -- <scenario id> <definition file>` (see scripts/cli/grade.ts).
import { gradeMain } from './cli/grade';

process.exitCode = await gradeMain(process.argv.slice(2));
