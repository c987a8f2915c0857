import { formatProblem, type ContentChecker, type ContentProblem } from './types';

export interface CheckReport {
  problems: ContentProblem[];
  /** Printable lines: a heading per checker with its problem count, then each problem. */
  lines: string[];
}

/** Runs every checker (one failing does not stop the others) and collects their problems. */
export async function runContentCheckers(checkers: ContentChecker[], root: string): Promise<CheckReport> {
  const problems: ContentProblem[] = [];
  const lines: string[] = [];
  for (const checker of checkers) {
    let found: ContentProblem[];
    try {
      found = await checker.run(root);
    } catch (error) {
      // A checker that throws is a bug in the checker; report it as a problem rather than crash the run.
      found = [{ file: '(checker)', message: `the ${checker.name} checker crashed: ${error instanceof Error ? error.stack ?? error.message : String(error)}` }];
    }
    lines.push(`${found.length === 0 ? '✓' : '✗'} ${checker.name}: ${found.length === 0 ? 'ok' : `${found.length} problem${found.length === 1 ? '' : 's'}`}`);
    for (const p of found) lines.push(`  ${formatProblem(p)}`);
    problems.push(...found);
  }
  return { problems, lines };
}
