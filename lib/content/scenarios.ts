// Reads the scenario folders under content/scenarios. Each folder is parsed by scenario-parse.ts; a folder
// with problems is reported whole (file:line:column reason), never half-loaded.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './checks/types';
import { parseScenarioFiles, type Scenario, type ScenarioSource } from './scenario-parse';

export type { Scenario, ScenarioSource } from './scenario-parse';

export const SCENARIOS_DIR = 'content/scenarios';

export interface LoadedScenarios {
  scenarios: { scenario: Scenario; source: ScenarioSource }[];
  problems: ContentProblem[];
}

/** The text files of one folder (name -> text). Sub-folders are ignored. */
export function readFolderFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isFile()) files.set(name, readFileSync(full, 'utf8'));
  }
  return files;
}

/** Every scenario folder under `root`/content/scenarios, parsed, in id order. */
export function loadScenarios(root: string = process.cwd()): LoadedScenarios {
  const dir = path.join(root, SCENARIOS_DIR);
  const out: LoadedScenarios = { scenarios: [], problems: [] };
  for (const id of readdirSync(dir).sort()) {
    const folder = path.join(dir, id);
    if (!statSync(folder).isDirectory()) continue;
    const parsed = parseScenarioFiles(readFolderFiles(folder), `${SCENARIOS_DIR}/${id}`, id);
    if (parsed.ok) out.scenarios.push({ scenario: parsed.scenario, source: parsed.source });
    else out.problems.push(...parsed.problems);
  }
  return out;
}

let cached: Scenario[] | undefined;

/**
 * The valid scenarios, for the pages and the server's grading. Content only changes with a build, so
 * production reads it once; `npm run content:check` is what reports invalid folders.
 */
export function getScenarios(): Scenario[] {
  if (cached && process.env.NODE_ENV === 'production') return cached;
  const loaded = loadScenarios();
  if (loaded.problems.length) {
    console.warn(`Skipping invalid scenarios (run npm run content:check):\n${loaded.problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''} ${p.message}`).join('\n')}`);
  }
  cached = loaded.scenarios.map((s) => s.scenario);
  return cached;
}

export function getScenario(id: string): Scenario | undefined {
  return getScenarios().find((s) => s.id === id);
}
