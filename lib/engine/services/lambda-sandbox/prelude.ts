// The JavaScript a handler runs next to, inside QuickJS. It makes the sandbox deterministic like the rest
// of the engine (Date is the virtual clock, Math.random a seeded generator), gives console methods that
// print nothing, and wraps the handler's source the way a CommonJS or ES module would define it.

/** `export function handler`, `export const handler =`, `export default async function` ... become plain. */
export function moduleBody(source: string): string {
  return source.replace(/(^|\n)\s*export\s+(default\s+)?(?=(async\s+)?function|const|let|var)/g, '$1');
}

export function preludeScript(now: number, seed: number): string {
  return `"use strict";
(() => {
  const NOW = ${JSON.stringify(now)};
  const RealDate = Date;
  class SimulatedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(NOW); else super(...args); }
    static now() { return NOW; }
  }
  globalThis.Date = SimulatedDate;
  let state = ${(seed >>> 0) || 1};
  Math.random = () => {
    state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
  const quiet = () => undefined;
  globalThis.console = { log: quiet, info: quiet, warn: quiet, error: quiet, debug: quiet, trace: quiet };
  globalThis.__stepwiseJson = (value) => { const text = JSON.stringify(value); return text === undefined ? 'null' : text; };
  globalThis.__stepwiseDescribe = (e) => JSON.stringify(
    e !== null && typeof e === 'object'
      ? { name: String(e.name === undefined ? 'Error' : e.name), message: String(e.message === undefined ? '' : e.message) }
      : { name: 'Error', message: String(e) },
  );
})();`;
}

/** The handler's source as an expression whose value is the handler function (or not, if it defines none). */
export function handlerScript(source: string): string {
  return `(() => {
  const exports = {};
  const module = { exports };
  return (function (exports, module) {
"use strict";
${moduleBody(source)}
;return typeof handler === "function" ? handler : (module.exports.handler || exports.handler);
  })(exports, module);
})()`;
}

/** The context object a handler receives; `__stepwiseHost` carries the task-token calls out. */
export function contextScript(context: Record<string, string | number>, remainingMs: number): string {
  return `Object.freeze({
  ...${JSON.stringify(context)},
  getRemainingTimeInMillis: () => ${JSON.stringify(remainingMs)},
  sendTaskSuccess: (output) => __stepwiseHost('success', __stepwiseJson(output === undefined ? null : output)),
  sendTaskFailure: (error, cause) => __stepwiseHost('failure', JSON.stringify([String(error), cause === undefined ? null : String(cause)])),
  sendTaskHeartbeat: (atMs) => __stepwiseHost('heartbeat', JSON.stringify(typeof atMs === 'number' ? atMs : 0)),
})`;
}
