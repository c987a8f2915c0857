// What the engine worker does, as plain functions (so vitest can run them without a Worker).
import { compileStateMachine, parseDefinition } from '../../../lib/engine';
import { parseJsonText, parseYamlText } from '../../../lib/engine/parse';
import type { JsonValue, StartOptions, TaskHandlers } from '../../../lib/engine/types';
import { createServiceHandlers, parseMockConfig, type WorldInit } from '../../../lib/engine/services';
import { putObject } from '../../../lib/engine/services';
import { expandGeneratedWorld } from './generated-world';
import { costOf } from '../../../lib/pricing';
import { grade } from '../../../lib/grading';
import type { GradeRequest, GradeResponse, ProgressMessage, RunRequest, RunResponse, ValidateRequest, ValidateResponse, WorkerResponse } from './protocol';

export function validateRequest(request: ValidateRequest): ValidateResponse {
  const parsed = parseDefinition(request.text, { type: request.type });
  // A second, syntax-only parse gives the raw value (drawn even when invalid) and the offsets tree, which
  // (unlike the SourceMap object) can cross to the page.
  const format = parsed.format ?? request.format;
  const text = format === 'yaml' ? parseYamlText(request.text) : parseJsonText(request.text);
  const response: ValidateResponse = { kind: 'validated', id: request.id, format, diagnostics: parsed.diagnostics };
  if (parsed.definition) response.definition = parsed.definition;
  if (text.value !== undefined) response.value = text.value;
  if (text.root) response.sourceRoot = text.root;
  return response;
}

/** The run's input: JSON text, or a clear problem. */
export function parseInput(text: string): { value?: JsonValue; problem?: string } {
  if (!text.trim()) return { value: {} };
  try {
    return { value: JSON.parse(text) as JsonValue };
  } catch (e) {
    return { problem: `The input is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Progress at most every 100 ms of real time, so a long run does not flood the page with messages. */
export function throttledProgress(id: number, post: (m: WorkerResponse) => void, now: () => number = Date.now): NonNullable<StartOptions['onProgress']> {
  let last = -Infinity;
  return (p) => {
    const t = now();
    if (t - last < 100) return;
    last = t;
    const message: ProgressMessage = { kind: 'progress', id, stateTransitions: p.stateTransitions, virtualTimeMs: p.virtualTimeMs };
    if (p.mapRun) message.mapRun = { stateName: p.mapRun.stateName, itemsProcessed: p.mapRun.itemsProcessed, totalItems: p.mapRun.totalItems };
    post(message);
  };
}

export async function runRequest(request: RunRequest, post: (m: WorkerResponse) => void): Promise<RunResponse> {
  const started = Date.now();
  // Parsed, validated and compiled once per text and type: running the same edit again reuses it.
  const machine = compileStateMachine(request.text, { type: request.settings.type });
  if (!machine.valid) {
    return { kind: 'result', id: request.id, problems: ['The definition has errors; fix them before running.'], diagnostics: machine.errors, wallMs: Date.now() - started };
  }
  const input = parseInput(request.input);
  if (input.problem !== undefined) return { kind: 'result', id: request.id, problems: [input.problem], wallMs: Date.now() - started };

  const s = request.settings;
  let tasks: TaskHandlers;
  try {
    tasks = serviceHandlers(s);
  } catch (e) {
    return { kind: 'result', id: request.id, problems: [e instanceof Error ? e.message : String(e)], wallMs: Date.now() - started };
  }
  const options: StartOptions = {
    type: s.type,
    seed: s.seed ?? 0,
    tasks,
    trace: s.record,
    recordHistory: s.record,
    inputString: request.input.trim() || '{}',
    onProgress: throttledProgress(request.id, post),
  };
  if (s.maxTransitions !== undefined) options.maxTransitions = s.maxTransitions;
  const result = await machine.startExecution(input.value ?? {}, options);
  const response: RunResponse = { kind: 'result', id: request.id, result, wallMs: Date.now() - started };
  try {
    response.bill = costOf(result, { type: s.type, definition: request.text });
  } catch (e) {
    response.billError = e instanceof Error ? e.message : String(e);
  }
  return response;
}

/** The simulated AWS for a run: its world (plus any generated objects), the learner's faults, and the chosen mock test case. */
function serviceHandlers(s: RunRequest['settings']): TaskHandlers {
  const generated = expandGeneratedWorld(s.generatedWorld);
  if (generated.problem !== undefined) throw new Error(generated.problem);
  let mockConfig;
  if (s.mockConfig !== undefined && s.testCase) {
    const parsed = parseMockConfig(s.mockConfig);
    if (!parsed.ok) throw new Error(`The mock config is not valid: ${parsed.issues.map((i) => i.message).join('; ')}`);
    mockConfig = parsed.config;
  }
  const services = createServiceHandlers({
    ...(s.world !== undefined ? { world: s.world as WorldInit } : {}),
    ...(s.faults?.length ? { faults: s.faults } : {}),
    ...(mockConfig ? { mockConfig, testCase: s.testCase! } : {}),
  });
  for (const o of generated.objects) putObject(services.world, o.bucket, o.key, o.body, { contentType: 'application/json' });
  return services.handlers;
}

/** Grades the scenario's cases it was given (the page sends only the visible ones), keeping each run's history. */
export async function gradeRequest(request: GradeRequest): Promise<GradeResponse> {
  const verdict = await grade(request.scenario, request.text, { includeRuns: true });
  return { kind: 'graded', id: request.id, verdict };
}
