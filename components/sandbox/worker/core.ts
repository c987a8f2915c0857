// What the engine worker does, as plain functions (so vitest can run them without a Worker).
import { parseDefinition, redriveExecution, startExecution, testState } from '../../../lib/engine';
import { redriveStatusOf } from '../../../lib/engine/redrive';
import type { JsonValue, StartOptions, TaskHandlers } from '../../../lib/engine/types';
import { createServiceHandlers, parseMockConfig, type WorldInit } from '../../../lib/engine/services';
import { putObject } from '../../../lib/engine/services';
import { expandGeneratedWorld } from '../lib/generated-world';
import { BROWSER_RUN_BUDGET_MS } from './budget';
import { costOf } from '../../../lib/pricing';
import { grade } from '../../../lib/grading';
import type { ExecutionResult } from '../../../lib/engine/types';
import type { GradeRequest, GradeResponse, ProgressMessage, RedriveRequest, RunRequest, RunResponse, RunSettings, TestStateRequest, TestStateResponse, ValidateRequest, ValidateResponse, WorkerResponse } from './protocol';

/** One parse and validation of the text: the definition, its diagnostics and its source offsets. */
export function validateRequest(request: ValidateRequest): ValidateResponse {
  const parsed = parseDefinition(request.text, { type: request.type });
  const response: ValidateResponse = { kind: 'validated', id: request.id, format: parsed.format ?? 'json', diagnostics: parsed.diagnostics };
  if (parsed.definition) response.definition = parsed.definition;
  if (parsed.sourceRoot) response.sourceRoot = parsed.sourceRoot;
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
  post({ kind: 'started', id: request.id });
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
    // The page sends only a definition its validator accepted for this execution type (protocol.ts).
    validate: false,
  };
  if (s.maxTransitions !== undefined) options.maxTransitions = s.maxTransitions;
  options.wallClockBudgetMs = s.budgetMs ?? BROWSER_RUN_BUDGET_MS;
  const result = await startExecution(request.definition, input.value ?? {}, options);
  const response: RunResponse = { kind: 'result', id: request.id, ...heldForRedrive(request.id, result), wallMs: Date.now() - started };
  try {
    response.bill = costOf(result, { type: s.type, definition: request.definition, definitionBytes: request.definitionBytes });
  } catch (e) {
    response.billError = e instanceof Error ? e.message : String(e);
  }
  return response;
}

/** How many stopped runs the worker keeps for a redrive: the one on screen and the one before it. */
const HELD_RUNS = 2;
const held = new Map<number, ExecutionResult>();

/**
 * The result as the page gets it, without its redrive checkpoint, which stays here under `key` (see
 * RunResponse.redrive): a run that did not succeed is kept, with why AWS would refuse to redrive it now, on
 * the run's own clock.
 */
export function heldForRedrive(key: number, result: ExecutionResult): Pick<RunResponse, 'result' | 'redrive'> {
  if (result.status === 'SUCCEEDED') return { result: withoutCheckpoint(result) };
  if (result.redrive !== undefined) {
    held.set(key, result);
    for (const old of held.keys()) if (held.size > HELD_RUNS) held.delete(old);
  }
  const status = redriveStatusOf(result, Date.parse(result.stopDate ?? ''));
  const block = status.redriveStatus === 'REDRIVABLE' ? null : (status.redriveStatusReason ?? 'This run cannot be redriven.');
  return { result: withoutCheckpoint(result), redrive: { key, block } };
}

function withoutCheckpoint(result: ExecutionResult): ExecutionResult {
  if (result.redrive === undefined) return result;
  const { redrive: _checkpoint, ...rest } = result;
  return rest;
}

export const NOT_HELD =
  'This run is no longer kept by the engine (it restarts after a cancel or a run over its time budget, and keeps only the latest runs): run it again, then redrive.';

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

/**
 * Grades the scenario's cases it was given (the page sends only the visible ones), keeping each run's history.
 * The cases share the request's wall-clock budget: grade() gives each run what is left, so a case that loops
 * ends with a clear failure; the page terminates the worker a little after the budget if one does not.
 */
export async function gradeRequest(request: GradeRequest, post: (m: WorkerResponse) => void): Promise<GradeResponse> {
  post({ kind: 'started', id: request.id });
  const verdict = await grade(request.scenario, request.text, { includeRuns: true, budgetMs: request.budgetMs ?? BROWSER_RUN_BUDGET_MS });
  return { kind: 'graded', id: request.id, verdict };
}

/** Redrives the stopped run it is given with today's simulated AWS (settings), as RedriveExecution does. */
export async function redriveRequest(request: RedriveRequest, post: (m: WorkerResponse) => void): Promise<RunResponse> {
  const started = Date.now();
  post({ kind: 'started', id: request.id });
  const s = request.settings;
  let tasks: TaskHandlers;
  try {
    tasks = serviceHandlers(s);
  } catch (e) {
    return { kind: 'result', id: request.id, problems: [e instanceof Error ? e.message : String(e)], wallMs: Date.now() - started };
  }
  const previous = held.get(request.key);
  if (previous === undefined) return { kind: 'result', id: request.id, problems: [NOT_HELD], wallMs: Date.now() - started };
  const outcome = await redriveExecution(previous, {
    tasks,
    trace: s.record,
    recordHistory: s.record,
    onProgress: throttledProgress(request.id, post),
    wallClockBudgetMs: s.budgetMs ?? BROWSER_RUN_BUDGET_MS,
    ...(s.maxTransitions !== undefined ? { maxTransitions: s.maxTransitions } : {}),
  });
  if (!outcome.ok) return { kind: 'result', id: request.id, refusal: { error: outcome.error, message: outcome.message }, wallMs: Date.now() - started };
  return priced({ kind: 'result', id: request.id, ...heldForRedrive(request.id, outcome.result), wallMs: Date.now() - started }, outcome.result, s, previous, request.definitionBytes);
}

function priced(response: RunResponse, result: ExecutionResult, s: RunSettings, previous: ExecutionResult, definitionBytes: number): RunResponse {
  const definition = previous.redrive?.definition;
  if (definition === undefined) return response;
  try {
    response.bill = costOf(result, { type: s.type, definition, definitionBytes });
  } catch (e) {
    response.billError = e instanceof Error ? e.message : String(e);
  }
  return response;
}

/** TestState in the worker: the page never evaluates a learner's expressions on its own thread. */
export async function testStateRequest(request: TestStateRequest): Promise<TestStateResponse> {
  return { kind: 'tested', id: request.id, output: await testState(request.request) };
}

/**
 * Posts a job's answer, and when it cannot cross to the page by structured clone (data nested thousands of
 * levels deep: V8's serializer recurses and throws), posts it again without the parts that hold such data,
 * saying what was left out; the history keeps every input and output as text. Never leaves the page waiting.
 */
export function postAnswer(post: (m: WorkerResponse) => void, message: WorkerResponse): void {
  const attempts: WorkerResponse[] = [message];
  if (message.kind === 'result' && message.result !== undefined) attempts.push(...smallerResults(message, message.result));
  for (const attempt of attempts) {
    try {
      post(attempt);
      return;
    } catch {
      // DataCloneError or RangeError from the serializer: try the smaller answer.
    }
  }
  post({ kind: 'crash', id: message.id, message: TOO_DEEP });
}

const TOO_DEEP = 'The run ended, but its result is nested too deeply to pass from the engine to the page.';

function smallerResults(response: RunResponse, result: ExecutionResult): RunResponse[] {
  const { trace: _trace, ...untraced } = result;
  const why = 'nested too deeply to pass from the engine to the page; the history has each state’s input and output as text.';
  return [
    { ...response, result: untraced, notice: `The per-state trace (the inspector) is left out: its data is ${why}` },
    { ...response, result: { ...untraced, output: null }, notice: `The output and the per-state trace are left out: they are ${why}` },
  ];
}

