// Worker entry 'self-test': misbehaves on request, so the tests (and anyone checking a deployment) can see
// each way a bounded run ends. Never given untrusted input; it only runs what the caller names.

import { serveBounded } from '../serve';

export type SelfTestRequest =
  | { kind: 'echo'; value: unknown }
  | { kind: 'spin'; label?: string }
  | { kind: 'regex'; length: number }
  | { kind: 'allocate' }
  | { kind: 'throw'; message: string }
  | { kind: 'exit' }
  | { kind: 'unclonable' }
  | { kind: 'env' }
  | { kind: 'remember'; value: string };

serveBounded<SelfTestRequest, unknown>((request, report) => {
  switch (request.kind) {
    case 'echo':
      return request.value;
    case 'spin':
      if (request.label !== undefined) report(request.label);
      for (;;) {
        // A loop no check inside could end: only terminating the worker does.
      }
    case 'regex':
      // Catastrophic backtracking: one native call that never returns in practice.
      return /^(a+)+$/.test('a'.repeat(request.length) + 'b');
    case 'allocate': {
      const hoard: string[][] = [];
      for (;;) hoard.push(new Array(1_000_000).fill('x'.repeat(16) + hoard.length));
    }
    case 'throw':
      throw new RangeError(request.message);
    case 'exit':
      process.exit(3);
    case 'unclonable':
      return { f: () => 1 };
    case 'env':
      return Object.keys(process.env);
    case 'remember': {
      // What an earlier run in this isolate left behind (the standby tests check nothing is).
      const g = globalThis as { remembered?: string };
      const before = g.remembered ?? null;
      g.remembered = request.value;
      return before;
    }
  }
});
