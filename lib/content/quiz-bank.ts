// Parses content/quizzes/*.yaml into validated quiz items, keeping the line and column of every problem.
// Pure (text in, items and problems out); ./quizzes.ts reads the files.

import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './checks/types';
import { quizFileSchema, schemaFor } from './quiz-schema';
import type { QuizItem } from '../quiz/types';

export interface QuizBank {
  items: QuizItem[];
  problems: ContentProblem[];
}

function locate(doc: Document, lines: LineCounter, path: (string | number)[]): { line: number; column: number } {
  // The deepest node the path still reaches (a missing key is reported at its parent).
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      const pos = lines.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return { line: 1, column: 1 };
}

/** One file's items and problems. `file` is the path shown in messages (relative to the project root). */
export function parseQuizFile(file: string, source: string): QuizBank {
  const problems: ContentProblem[] = [];
  const yaml = parseYaml(file, source);
  if ('problem' in yaml) return { items: [], problems: [yaml.problem] };
  const { doc, lines } = yaml;
  const raw: unknown = doc.toJS();
  const fileShape = quizFileSchema.safeParse(raw);
  if (!fileShape.success) {
    for (const issue of fileShape.error.issues) problems.push({ file, ...locate(doc, lines, issue.path as (string | number)[]), message: issue.message });
    return { items: [], problems };
  }
  const items: QuizItem[] = [];
  fileShape.data.items.forEach((rawItem, index) => {
    const item = validateItem(doc, lines, file, ['items', index], rawItem, problems);
    if (item) items.push(item);
  });
  return { items, problems };
}

/** One raw item checked with the same schema as the bank's; problems carry the line and column in `doc`. */
function validateItem(doc: Document, lines: LineCounter, file: string, at: (string | number)[], rawItem: unknown, problems: ContentProblem[]): QuizItem | null {
  if (!rawItem || typeof rawItem !== 'object' || Array.isArray(rawItem)) {
    problems.push({ file, ...locate(doc, lines, at), message: 'each item is a mapping of fields (id, type, title, ...)' });
    return null;
  }
  const parsed = schemaFor(rawItem).safeParse(rawItem);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (keys.length > 0) {
        for (const key of keys) problems.push({ file, ...locate(doc, lines, [...at, ...(issue.path as (string | number)[]), key]), message: `unknown field "${key}" (check the spelling)` });
      } else {
        const field = issue.path.join('.');
        problems.push({ file, ...locate(doc, lines, [...at, ...(issue.path as (string | number)[])]), message: field ? `${field}: ${issue.message}` : issue.message });
      }
    }
    return null;
  }
  const node = doc.getIn(at, true);
  const line = isMap(node) && node.range ? lines.linePos(node.range[0]).line : 1;
  return { ...(parsed.data as Omit<QuizItem, 'source'>), source: { file, line } } as QuizItem;
}

/** The YAML document of `source`, or its first syntax error as a problem. */
function parseYaml(file: string, source: string): { doc: Document; lines: LineCounter } | { problem: ContentProblem } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (!first) return { doc, lines };
  // Later YAML errors are usually echoes of the first one; report it alone.
  const pos = lines.linePos(first.pos[0]);
  const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more YAML errors after it)` : '';
  return { problem: { file, line: pos.line, column: pos.col, message: `YAML: ${first.message.split('\n')[0]}${more}. A value containing ": " or starting with { [ or a backquote must be quoted.` } };
}

/**
 * One item written on its own (the mapping a quiz file lists under `items:`), as an instructor writes a
 * class's quiz item in the browser (issue 16): the same schema as the bank, problems with line and column.
 */
export function parseQuizItemSource(file: string, source: string): { ok: true; item: QuizItem } | { ok: false; problems: ContentProblem[] } {
  const yaml = parseYaml(file, source);
  if ('problem' in yaml) return { ok: false, problems: [yaml.problem] };
  const problems: ContentProblem[] = [];
  const item = validateItem(yaml.doc, yaml.lines, file, [], yaml.doc.toJS(), problems);
  return item ? { ok: true, item } : { ok: false, problems };
}

/** All files together: every item validated, and ids unique across the bank. */
export function buildQuizBank(files: { file: string; source: string }[]): QuizBank {
  const items: QuizItem[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, QuizItem>();
  for (const { file, source } of files) {
    const parsed = parseQuizFile(file, source);
    problems.push(...parsed.problems);
    for (const item of parsed.items) {
      const other = seen.get(item.id);
      if (other) {
        problems.push({ file, line: item.source.line, message: `id "${item.id}" is already used at ${other.source.file}:${other.source.line}` });
        continue;
      }
      seen.set(item.id, item);
      items.push(item);
    }
  }
  return { items, problems };
}
