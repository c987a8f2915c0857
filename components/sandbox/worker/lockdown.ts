// Defence in depth for the engine worker. A shared link is written by a stranger, and its simulated world
// may carry Lambda handler code; that code runs only inside the engine's handler sandbox, but should anything
// ever reach this worker's own scope, it finds no way out of it: no network (fetch with the visitor's
// cookies, XHR, sockets, event streams), no storage (IndexedDB, Cache Storage), no channels to the page's
// other contexts and no further workers. The engine needs none of these. `importScripts` stays: the
// bundler loads the worker's own chunks with it.
export const BLOCKED_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'BroadcastChannel',
  'indexedDB',
  'caches',
  'cookieStore',
  'Worker',
  'SharedWorker',
] as const;

/** Removes the blocked names from `scope` and its prototypes and pins them to undefined. */
export function lockDown(scope: object): void {
  for (const name of BLOCKED_GLOBALS) {
    for (let o: object | null = scope; o !== null; o = Object.getPrototypeOf(o) as object | null) {
      if (Object.prototype.hasOwnProperty.call(o, name)) Reflect.deleteProperty(o, name);
    }
    // Pinned, so nothing can put it back (a deleted [Global] attribute could otherwise be redefined).
    Object.defineProperty(scope, name, { value: undefined, writable: false, enumerable: false, configurable: false });
  }
}
