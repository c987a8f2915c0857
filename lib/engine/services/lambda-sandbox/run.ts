// Runs one Lambda handler invocation in QuickJS (WebAssembly): a separate JavaScript engine with its own
// globals, so the handler cannot reach the host's `process`, `fetch`, files or `Object.prototype`. Every
// invocation gets a fresh runtime (nothing carries over to the next), a memory limit, a stack limit and a
// real-time limit enforced by QuickJS's interrupt handler, so `for(;;){}` ends (issue 14).

import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten-core';
import type { JsonValue } from '../../types';
import { realClock } from '../../runtime/budget';
import { discardQuickJS, loadQuickJS } from './load';
import { DEFAULT_SANDBOX_LIMITS, type SandboxLimits } from './limits';
import { contextScript, handlerScript, preludeScript } from './prelude';

export interface SandboxInvocation {
  source: string;
  event: JsonValue;
  /** Plain members of the handler's context object (functionName, awsRequestId, ...). */
  context: Record<string, string | number>;
  /** What context.getRemainingTimeInMillis() answers. */
  remainingMs: number;
  /** Virtual time (epoch ms): Date.now() and new Date() inside the handler. */
  now: number;
  /** Seed of Math.random inside the handler. */
  seed: number;
  /** The task-token calls a handler may make (context.sendTaskSuccess / Failure / Heartbeat). */
  onTaskSuccess?: (output: JsonValue) => void;
  onTaskFailure?: (error: string, cause: string | undefined) => void;
  onTaskHeartbeat?: (atMs: number) => void;
  limits?: Partial<SandboxLimits>;
}

export type SandboxOutcome =
  | { kind: 'returned'; value: JsonValue }
  | { kind: 'threw'; errorType: string; errorMessage: string }
  /** The source does not compile, defines no handler, or returned something that is not JSON. */
  | { kind: 'invalid'; message: string }
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'memory'; limitBytes: number };

export async function runInSandbox(invocation: SandboxInvocation): Promise<SandboxOutcome> {
  const QuickJS = await loadQuickJS();
  const limits = { ...DEFAULT_SANDBOX_LIMITS, ...invocation.limits };
  const state = { interrupted: false };
  let runtime: QuickJSRuntime | undefined;
  let vm: QuickJSContext | undefined;
  let outcome: SandboxOutcome | undefined;
  let tainted = false;
  try {
    runtime = QuickJS.newRuntime();
    runtime.setMemoryLimit(limits.memoryBytes);
    runtime.setMaxStackSize(limits.stackBytes);
    const deadline = realClock() + limits.timeMs;
    runtime.setInterruptHandler(() => {
      if (realClock() <= deadline) return false;
      state.interrupted = true;
      return true;
    });
    vm = runtime.newContext();
    outcome = invoke(runtime, vm, invocation, limits, state);
    return outcome;
  } catch (e) {
    // Something escaped the interpreter itself: the host's stack ran out under a deep recursion (before
    // QuickJS's own stack limit noticed), or the WebAssembly module aborted. Its state is not to be trusted
    // after that: the finally below drops the module.
    tainted = true;
    if (state.interrupted) outcome = { kind: 'timeout', limitMs: limits.timeMs };
    else if (e instanceof RangeError) outcome = { kind: 'threw', errorType: 'RangeError', errorMessage: 'Maximum call stack size exceeded' };
    else if (e instanceof Error && /out of memory|abort/i.test(e.message)) outcome = { kind: 'memory', limitBytes: limits.memoryBytes };
    else throw e;
    return outcome;
  } finally {
    // A runtime stopped by a limit is not freed: QuickJS may abort on freeing a heap it left half-built.
    // The whole module is replaced instead (discardQuickJS), which also frees that heap.
    if (tainted || outcome === undefined || outcome.kind === 'timeout' || outcome.kind === 'memory') discardQuickJS(QuickJS);
    else {
      try {
        vm?.dispose();
        runtime?.dispose();
      } catch {
        discardQuickJS(QuickJS);
      }
    }
  }
}

function invoke(runtime: QuickJSRuntime, vm: QuickJSContext, inv: SandboxInvocation, limits: SandboxLimits, state: { interrupted: boolean }): SandboxOutcome {
  const handles: QuickJSHandle[] = [];
  const keep = (h: QuickJSHandle) => (handles.push(h), h);
  try {
    const host = keep(
      vm.newFunction('__stepwiseHost', (kindHandle, payloadHandle) => {
        const kind = vm.getString(kindHandle);
        const payload = JSON.parse(vm.getString(payloadHandle)) as JsonValue;
        if (kind === 'success') inv.onTaskSuccess?.(payload);
        else if (kind === 'failure') {
          const [error, cause] = payload as [string, string | null];
          inv.onTaskFailure?.(error, cause ?? undefined);
        } else if (kind === 'heartbeat') inv.onTaskHeartbeat?.(payload as number);
      }),
    );
    vm.setProp(vm.global, '__stepwiseHost', host);
    const prelude = vm.evalCode(preludeScript(inv.now, inv.seed), 'prelude.js');
    if (prelude.error) return failureOf(vm, keep(prelude.error), limits, state, 'The sandbox could not start');
    prelude.value.dispose();

    const compiled = vm.evalCode(handlerScript(inv.source), 'handler.js');
    if (compiled.error) {
      const d = describe(vm, keep(compiled.error));
      if (state.interrupted || d.name === 'InternalError') return failureOf(vm, compiled.error, limits, state, '');
      return { kind: 'invalid', message: d.name === 'SyntaxError' ? `The function source does not compile: ${d.message}` : `The function failed while loading: ${d.name}: ${d.message}` };
    }
    const handler = keep(compiled.value);
    if (vm.typeof(handler) !== 'function') {
      return { kind: 'invalid', message: 'The function source defines no handler: write `function handler(event) { ... }` or `exports.handler = async (event) => ...`' };
    }
    const event = vm.evalCode(`JSON.parse(${JSON.stringify(JSON.stringify(inv.event))})`, 'event.js');
    if (event.error) return failureOf(vm, keep(event.error), limits, state, 'The event could not be passed in');
    keep(event.value);
    const context = vm.evalCode(contextScript(inv.context, inv.remainingMs), 'context.js');
    if (context.error) return failureOf(vm, keep(context.error), limits, state, 'The context could not be passed in');
    keep(context.value);

    const called = vm.callFunction(handler, vm.undefined, event.value, context.value);
    if (called.error) return failureOf(vm, keep(called.error), limits, state, '');
    let result = keep(called.value);
    // An async handler: run the sandbox's job queue until its promise settles (no I/O exists in there, so
    // a promise still pending once the queue is empty never settles).
    for (;;) {
      const promise = vm.getPromiseState(result);
      if (promise.type === 'fulfilled') {
        if (promise.notAPromise) break;
        result = keep(promise.value);
        break;
      }
      if (promise.type === 'rejected') return failureOf(vm, keep(promise.error), limits, state, '');
      const jobs = runtime.executePendingJobs();
      if (jobs.error) return failureOf(vm, keep(jobs.error), limits, state, '');
      if (jobs.value === 0) {
        return { kind: 'threw', errorType: 'Runtime.UnsettledPromise', errorMessage: 'The handler returned a promise that never settles (nothing it waits for can happen in the simulation).' };
      }
    }
    const toJson = keep(vm.getProp(vm.global, '__stepwiseJson'));
    const text = vm.callFunction(toJson, vm.undefined, result);
    if (text.error) return failureOf(vm, keep(text.error), limits, state, '');
    const json = vm.getString(keep(text.value));
    return { kind: 'returned', value: JSON.parse(json) as JsonValue };
  } finally {
    for (const h of handles.reverse()) if (h.alive) h.dispose();
  }
}

/** An error handle out of the sandbox: the handler's own error, or one of the limits. */
function failureOf(vm: QuickJSContext, error: QuickJSHandle, limits: SandboxLimits, state: { interrupted: boolean }, prefix: string): SandboxOutcome {
  if (state.interrupted) return { kind: 'timeout', limitMs: limits.timeMs };
  const d = describe(vm, error);
  if (d.name === 'InternalError' && /out of memory/i.test(d.message)) return { kind: 'memory', limitBytes: limits.memoryBytes };
  if (d.name === 'InternalError' && /interrupted/i.test(d.message)) return { kind: 'timeout', limitMs: limits.timeMs };
  // Node's Lambda runtimes report a runaway recursion as a RangeError; so does the sandbox.
  if (d.name === 'InternalError' && /stack overflow/i.test(d.message)) return { kind: 'threw', errorType: 'RangeError', errorMessage: 'Maximum call stack size exceeded' };
  return { kind: 'threw', errorType: d.name || 'Error', errorMessage: prefix ? `${prefix}: ${d.message}` : d.message };
}

function describe(vm: QuickJSContext, error: QuickJSHandle): { name: string; message: string } {
  try {
    const fn = vm.getProp(vm.global, '__stepwiseDescribe');
    try {
      if (vm.typeof(fn) === 'function') {
        const r = vm.callFunction(fn, vm.undefined, error);
        if (!r.error) {
          const text = vm.getString(r.value);
          r.value.dispose();
          return JSON.parse(text) as { name: string; message: string };
        }
        r.error.dispose();
      }
    } finally {
      fn.dispose();
    }
  } catch {
    // fall through to dump
  }
  const dumped = vm.dump(error) as { name?: unknown; message?: unknown } | string;
  if (typeof dumped === 'object' && dumped !== null) return { name: String(dumped.name ?? 'Error'), message: String(dumped.message ?? '') };
  return { name: 'Error', message: String(dumped) };
}
