// Turns the files of one scenario folder into a Scenario, or into problems that say which file, where and
// why. Pure (no file system): the loader feeds it files read from content/scenarios, the instructor preview
// feeds it files pasted or uploaded in the browser.
import { parseJsonText } from '../engine/parse/json';
import { LineIndex } from '../engine/parse/lines';
import { SourceMap, type JsonPathKey } from '../engine/parse/source-map';
import { parseYamlText } from '../engine/parse/yaml';
import { compileJsonata, isSyntaxProblem } from '../engine/jsonata';
import { parseFaults, parseMockConfig, testCaseNames, type MockConfig } from '../engine/services';
import type { JsonObject, JsonValue } from '../engine/types';
import type { ContentProblem } from './checks/types';
import { SCENARIO_FILES, scenarioSchema, type ScenarioFile } from './scenario-schema';

/** A scenario with every file read in: what lib/grading grades and the pages render. */
export interface Scenario extends Omit<ScenarioFile, 'world' | 'mockConfig' | 'inputFile' | '$schema'> {
  world?: JsonObject;
  mockConfig?: MockConfig;
  /** The definition learners start from, as written (JSON or YAML text). */
  starter: string;
  /** The reference solution, as written. */
  solution: string;
}

/** Where a case of a parsed scenario sits in scenario.yaml, so graders can point problems at it. */
export interface ScenarioSource {
  /** `content/scenarios/<id>` or whatever label the caller gave the folder. */
  folder: string;
  /** Position of each case's `name` in scenario.yaml, by case index. */
  casePositions: { line: number; column: number }[];
}

export type ParsedScenario = { ok: true; scenario: Scenario; source: ScenarioSource } | { ok: false; problems: ContentProblem[] };

/** The largest file of a scenario folder we read (AWS's definition quota is 1 MB; worlds stay small). */
export const MAX_SCENARIO_FILE_BYTES = 1_048_576;

/**
 * Parses a scenario folder's files (name -> text). `folder` prefixes the file names in problems
 * (`content/scenarios/five-step-pipeline`); `expectedId`, when given, must equal the scenario's id.
 */
export function parseScenarioFiles(files: ReadonlyMap<string, string>, folder: string, expectedId?: string): ParsedScenario {
  const problems: ContentProblem[] = [];
  const at = (name: string) => `${folder}/${name}`;
  for (const [name, body] of files) {
    if (body.length > MAX_SCENARIO_FILE_BYTES) problems.push({ file: at(name), message: `is ${body.length.toLocaleString('en-US')} characters; a scenario file may have at most 1 MB` });
  }
  if (problems.length) return { ok: false, problems };

  const yamlText = files.get(SCENARIO_FILES.scenario);
  if (yamlText === undefined) return { ok: false, problems: [{ file: at(SCENARIO_FILES.scenario), message: 'is missing: every scenario folder has a scenario.yaml' }] };
  const yamlFile = at(SCENARIO_FILES.scenario);
  const parsedYaml = parseYamlText(yamlText);
  if (parsedYaml.problems.length || parsedYaml.root === undefined) {
    const lines = new LineIndex(yamlText);
    return {
      ok: false,
      problems: parsedYaml.problems.map((p) => ({ file: yamlFile, ...lines.position(p.offset), message: `YAML syntax error: ${p.message}` })),
    };
  }
  const map = new SourceMap(yamlText, parsedYaml.root, 'yaml');
  const yamlAt = (path: readonly JsonPathKey[], onKey = false) => {
    const { start } = map.closestRange(path, onKey);
    return { file: yamlFile, line: start.line, column: start.column };
  };
  for (const d of parsedYaml.duplicates) problems.push({ ...yamlAt(d.path, true), message: `"${String(d.path[d.path.length - 1])}" appears twice` });

  const result = scenarioSchema.safeParse(parsedYaml.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push({ ...yamlAt([...path, key], true), message: `unknown field "${key}" (check the spelling)` });
      } else {
        problems.push({ ...yamlAt(path), message: `${path.length ? `${path.join('.')}: ` : ''}${issue.message}` });
      }
    }
    return { ok: false, problems: [...problems, ...missingFiles(files, at)] };
  }
  const file = result.data;
  if (expectedId !== undefined && file.id !== expectedId) problems.push({ ...yamlAt(['id']), message: `id "${file.id}" must equal the folder name "${expectedId}"` });

  const world = readWorld(file, files, at, problems);
  const input = file.inputFile === undefined ? undefined : readJson(files, file.inputFile, at, problems)?.value;
  const mockConfig = readMockConfig(file, files, at, yamlAt, problems);
  checkCases(file, mockConfig, yamlAt, problems);
  resolveOutputFiles(file, files, at, problems);
  problems.push(...missingFiles(files, at));
  if (problems.length) return { ok: false, problems };

  const { $schema: _schema, world: _world, mockConfig: _mock, inputFile: _inputFile, ...rest } = file;
  const scenario: Scenario = { ...rest, starter: files.get(SCENARIO_FILES.starter)!, solution: files.get(SCENARIO_FILES.solution)! };
  if (input !== undefined) scenario.input = input;
  if (world !== undefined) scenario.world = world;
  if (mockConfig !== undefined) scenario.mockConfig = mockConfig;
  const casePositions = file.cases.map((_, i) => {
    const { line, column } = yamlAt(['cases', i, 'name']);
    return { line: line ?? 1, column: column ?? 1 };
  });
  return { ok: true, scenario, source: { folder, casePositions } };
}

type YamlAt = (path: readonly JsonPathKey[], onKey?: boolean) => { file: string; line: number; column: number };

function missingFiles(files: ReadonlyMap<string, string>, at: (name: string) => string): ContentProblem[] {
  const out: ContentProblem[] = [];
  if (!files.has(SCENARIO_FILES.starter)) out.push({ file: at(SCENARIO_FILES.starter), message: 'is missing: the definition learners start from' });
  if (!files.has(SCENARIO_FILES.solution)) out.push({ file: at(SCENARIO_FILES.solution), message: 'is missing: the reference solution that passes every case' });
  return out;
}

/** A JSON file of the folder, parsed with positions, or a problem. */
function readJson(files: ReadonlyMap<string, string>, name: string, at: (name: string) => string, problems: ContentProblem[]): { value: JsonValue; map: SourceMap } | undefined {
  const body = files.get(name);
  if (body === undefined) {
    problems.push({ file: at(name), message: 'is missing (scenario.yaml names it)' });
    return undefined;
  }
  const parsed = parseJsonText(body);
  if (parsed.problems.length || parsed.root === undefined || parsed.value === undefined) {
    const lines = new LineIndex(body);
    for (const p of parsed.problems) problems.push({ file: at(name), ...lines.position(p.offset), message: `JSON syntax error: ${p.message}` });
    if (!parsed.problems.length) problems.push({ file: at(name), message: 'is empty' });
    return undefined;
  }
  return { value: parsed.value, map: new SourceMap(body, parsed.root, 'json') };
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readWorld(file: ScenarioFile, files: ReadonlyMap<string, string>, at: (name: string) => string, problems: ContentProblem[]): JsonObject | undefined {
  if (file.world === undefined) return undefined;
  if (typeof file.world !== 'string') return file.world as JsonObject;
  const read = readJson(files, file.world, at, problems);
  if (!read) return undefined;
  if (!isObject(read.value)) {
    problems.push({ file: at(file.world), line: 1, column: 1, message: 'a world is a JSON object ({"s3": ..., "sns": ...})' });
    return undefined;
  }
  return read.value;
}

function readMockConfig(file: ScenarioFile, files: ReadonlyMap<string, string>, at: (name: string) => string, yamlAt: YamlAt, problems: ContentProblem[]): MockConfig | undefined {
  if (file.mockConfig === undefined) return undefined;
  const read = readJson(files, file.mockConfig, at, problems);
  if (!read) return undefined;
  const parsed = parseMockConfig(read.value);
  if (!parsed.ok) {
    for (const issue of parsed.issues.filter((i) => i.severity === 'error')) {
      const { start } = read.map.closestRange(issue.path);
      problems.push({ file: at(file.mockConfig), line: start.line, column: start.column, message: issue.message });
    }
    return undefined;
  }
  const machines = Object.keys(parsed.config.StateMachines);
  if (file.stateMachineName !== undefined && !machines.includes(file.stateMachineName)) {
    problems.push({ ...yamlAt(['stateMachineName']), message: `the mock config has no state machine "${file.stateMachineName}" (it has ${machines.join(', ')})` });
  } else if (file.stateMachineName === undefined && machines.length !== 1) {
    problems.push({ ...yamlAt(['mockConfig']), message: `the mock config has ${machines.length} state machines: say which with stateMachineName` });
  }
  return parsed.config;
}

/** `output: { equalsFile: x.json }` becomes `output: { equals: <x.json> }`, so graders never read files. */
function resolveOutputFiles(file: ScenarioFile, files: ReadonlyMap<string, string>, at: (name: string) => string, problems: ContentProblem[]): void {
  for (const c of file.cases) {
    const output = c.expect.output;
    if (!output || !('equalsFile' in output)) continue;
    const read = readJson(files, output.equalsFile, at, problems);
    if (read) c.expect.output = { equals: read.value };
  }
}

function checkCases(file: ScenarioFile, mockConfig: MockConfig | undefined, yamlAt: YamlAt, problems: ContentProblem[]): void {
  const machine = mockConfig ? (file.stateMachineName ?? Object.keys(mockConfig.StateMachines)[0]) : undefined;
  const testCases = mockConfig && machine !== undefined && mockConfig.StateMachines[machine] ? testCaseNames(mockConfig, machine) : [];
  file.cases.forEach((c, i) => {
    if (c.mockTestCase !== undefined && mockConfig && !testCases.includes(c.mockTestCase)) {
      problems.push({ ...yamlAt(['cases', i, 'mockTestCase']), message: `the mock config has no test case "${c.mockTestCase}" (it has ${testCases.join(', ') || 'none'})` });
    }
    if (c.faults !== undefined) {
      const faults = parseFaults(c.faults);
      if (!faults.ok) for (const issue of faults.issues) problems.push({ ...yamlAt(['cases', i, 'faults', ...issue.path]), message: `fault rule: ${issue.message}` });
    }
    const output = c.expect.output;
    if (output && 'jsonata' in output) {
      const compiled = compileJsonata(output.jsonata);
      if (isSyntaxProblem(compiled)) problems.push({ ...yamlAt(['cases', i, 'expect', 'output', 'jsonata']), message: `the JSONata predicate does not compile: ${compiled.message}` });
    }
  });
}
