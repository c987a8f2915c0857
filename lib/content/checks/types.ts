// The contract every content checker follows. `npm run content:check` (scripts/content-check.ts) runs the
// checkers listed in ./index.ts and prints each problem as `file:line:column reason`, like a compiler.

/** One problem in one content file. `line`/`column` are 1-based; omit them when no position is known. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/lessons/choice-states.mdx`. */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface ContentChecker {
  /** What it checks, printed as a heading: "lessons", "scenarios", "quizzes". */
  name: string;
  /** Checks everything of its kind under `root` (the project root) and returns every problem found. */
  run(root: string): Promise<ContentProblem[]>;
}

/** `content/lessons/a.mdx:12:3 reason`, the form editors and terminals turn into links. */
export function formatProblem(p: ContentProblem): string {
  const at = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  return `${at} ${p.message}`;
}
