// Entry point of `npm run -s quiz -- list|sample ...` (see scripts/cli/quiz.ts).
import { quizMain } from './cli/quiz';

process.exitCode = quizMain(process.argv.slice(2));
