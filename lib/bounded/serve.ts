// The worker side of a bounded run. An entry file calls serveBounded(handler) once: the handler gets the
// caller's input and a report() function for progress labels, and its value (or its error) goes back to
// runBounded. Everything here runs inside the worker thread.

import { parentPort, workerData } from 'node:worker_threads';
import { reporter } from './report';
import type { WorkerMessage } from './types';

export type { Report } from './report';

export interface BoundedWorkerData {
  /** The input of a run started for it (a fresh worker). */
  input?: unknown;
  /**
   * A standby (standby.ts): run the handler once on this built-in warm-up input, answer `ready`, then wait
   * for the one real input by message.
   */
  warmUp?: unknown;
  /** The progress label (see report.ts). */
  report: SharedArrayBuffer;
}

export function serveBounded<I, O>(handler: (input: I, report: (label: string) => void) => O | Promise<O>): void {
  const port = parentPort;
  if (port === null) throw new Error('serveBounded() runs inside a worker started by runBounded()');
  const data = workerData as BoundedWorkerData;
  const run = (input: unknown) => {
    // A new reporter per run: the warm-up's last label must not hide the real run's first one.
    const report = reporter(data.report);
    port.postMessage({ started: true } satisfies WorkerMessage<O>);
    Promise.resolve()
      .then(() => handler(input as I, report))
      .then(
        (value) => port.postMessage({ ok: true, value } satisfies WorkerMessage<O>),
        (error: unknown) => port.postMessage({ ok: false, message: describe(error) } satisfies WorkerMessage<O>),
      )
      .catch((error: unknown) => {
        // The value could not be cloned (a function, a symbol...): say so rather than leave the caller waiting.
        port.postMessage({ ok: false, message: `The worker's result cannot be sent back: ${describe(error)}` } satisfies WorkerMessage<O>);
      });
  };
  if (!('warmUp' in data)) {
    run(data.input);
    return;
  }
  Promise.resolve()
    .then(() => handler(data.warmUp as I, () => undefined))
    .then(
      () => {
        // Exactly one real input, then this worker is terminated by its caller.
        port.once('message', (message: { input: unknown }) => run(message.input));
        port.postMessage({ ready: true } satisfies WorkerMessage<O>);
      },
      (error: unknown) => port.postMessage({ ready: false, message: describe(error) } satisfies WorkerMessage<O>),
    );
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
