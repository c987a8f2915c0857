// QuickJS compiled to WebAssembly, loaded on first use only: a page, worker or server that never runs a
// handler never downloads or instantiates it. The single-file variant embeds its .wasm in the JavaScript,
// so the browser's run worker, a Node worker thread and the server all load it the same way (no .wasm
// file to serve or to find on disk).

import type { QuickJSWASMModule } from 'quickjs-emscripten-core';

let loading: Promise<QuickJSWASMModule> | undefined;

export function loadQuickJS(): Promise<QuickJSWASMModule> {
  loading ??= (async () => {
    const [core, variant] = await Promise.all([import('quickjs-emscripten-core'), import('@jitl/quickjs-singlefile-cjs-release-sync')]);
    const v = (variant as { default?: unknown }).default ?? variant;
    return core.newQuickJSWASMModuleFromVariant(v as Parameters<typeof core.newQuickJSWASMModuleFromVariant>[0]);
  })();
  // A failed load (a network error in the browser) may be retried by the next handler.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Forgets a module whose heap can no longer be trusted (a runtime stopped mid-allocation by its time or
 * memory limit may not free cleanly): the next invocation instantiates a fresh one, and this one, with
 * everything in its heap, is left to the garbage collector.
 */
export function discardQuickJS(module: QuickJSWASMModule): void {
  const current = loading;
  if (current === undefined) return;
  void current.then((m) => {
    if (m === module && loading === current) loading = undefined;
  });
}
