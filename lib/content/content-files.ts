// Files a lesson refers to by path (`definition="examples/choice-states/skip-load.json"`): always inside
// content/, JSON or YAML. Used by the content check and, at build time, by the lesson components.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { JsonValue } from '../engine/types';

const EXTENSIONS = ['.json', '.yaml', '.yml'];

/** Why a path written in a lesson is not acceptable, or undefined when it is. */
export function contentPathProblem(p: string): string | undefined {
  if (p.startsWith('/') || p.includes('\\')) return `"${p}" must be a path relative to content/, written with /`;
  if (p.split('/').some((part) => part === '..' || part === '.' || part === '')) return `"${p}" must stay inside content/ (no "..", "." or empty parts)`;
  if (!EXTENSIONS.some((ext) => p.endsWith(ext))) return `"${p}" must be a .json, .yaml or .yml file`;
  return undefined;
}

/** True when a string prop is meant as a path to a file under content/ rather than inline text. */
export function looksLikeContentPath(value: string): boolean {
  return !/[\s{}[\]]/.test(value) && EXTENSIONS.some((ext) => value.endsWith(ext));
}

export type ReadResult = { ok: true; text: string; file: string } | { ok: false; message: string };

/** Reads `content/<p>` under the project root. `file` in the answer is the project-relative path. */
export function readContentFile(root: string, p: string): ReadResult {
  const problem = contentPathProblem(p);
  if (problem) return { ok: false, message: problem };
  const file = `content/${p}`;
  try {
    return { ok: true, text: readFileSync(path.join(root, 'content', ...p.split('/')), 'utf8'), file };
  } catch {
    return { ok: false, message: `${file} does not exist` };
  }
}

/** JSON or YAML text as a value (YAML only for .yaml/.yml files). */
export function parseDataText(text: string, file: string): { ok: true; value: JsonValue } | { ok: false; message: string } {
  try {
    const value = (file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as JsonValue;
    return { ok: true, value };
  } catch (e) {
    return { ok: false, message: `${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}` };
  }
}
