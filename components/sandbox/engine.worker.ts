/// <reference lib="webworker" />
// The sandbox's engine thread: validates definitions as the learner types and runs them, so a million-item
// run never freezes the page. Cancelling a run terminates this worker (see use-engine.ts); nothing here
// needs to be interruptible.
import { gradeRequest, runRequest, validateRequest } from './lib/worker-core';
import type { WorkerRequest, WorkerResponse } from './lib/protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerResponse) => scope.postMessage(message);

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'validate') post(validateRequest(request));
    else if (request.kind === 'grade') {
      post({ kind: 'grade-started', id: request.id });
      void gradeRequest(request).then(post, (e: unknown) => post({ kind: 'crash', id: request.id, message: e instanceof Error ? e.message : String(e) }));
    }
    else
      void runRequest(request, post).then(post, (e: unknown) =>
        post({ kind: 'crash', id: request.id, message: e instanceof Error ? e.message : String(e) }),
      );
  } catch (e) {
    post({ kind: 'crash', id: request.id, message: e instanceof Error ? e.message : String(e) });
  }
});
