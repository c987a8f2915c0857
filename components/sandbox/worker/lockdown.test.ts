import { describe, expect, it } from 'vitest';
import { BLOCKED_GLOBALS, lockDown } from './lockdown';

describe('lockDown', () => {
  it('removes network, storage and worker APIs from the scope and its prototypes, for good', () => {
    class Scope {
      importScripts() {}
    }
    Object.assign(Scope.prototype, { fetch: () => 'reached the network', indexedDB: {} });
    const scope = Object.assign(new Scope(), { XMLHttpRequest: class {}, postMessage: () => {} }) as unknown as Record<string, unknown>;
    lockDown(scope);
    for (const name of BLOCKED_GLOBALS) expect(scope[name]).toBeUndefined();
    expect(() => {
      'use strict';
      scope.fetch = () => 'back';
    }).toThrow(TypeError);
    expect(scope.fetch).toBeUndefined();
    // What the worker itself needs is left alone.
    expect(typeof scope.postMessage).toBe('function');
    expect(typeof (scope as unknown as Scope).importScripts).toBe('function');
  });
});
