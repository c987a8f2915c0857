/// <reference lib="webworker" />
// The sandbox's engine thread: validates definitions as the learner types and runs them, so a million-item
// run never freezes the page. Cancelling a run or a grading, or its wall-clock budget, terminates this worker
// from outside (client.ts); nothing here needs to be interruptible.
import { gradeRequest, postAnswer, redriveRequest, runRequest, testStateRequest, validateRequest } from './core';
import { lockDown } from './lockdown';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
lockDown(scope);
const post = (message: WorkerResponse) => scope.postMessage(message);

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'validate') post(validateRequest(request));
    else if (request.kind === 'grade')
      void gradeRequest(request, post).then(post, (e: unknown) => post({ kind: 'crash', id: request.id, message: e instanceof Error ? e.message : String(e) }));
    else if (request.kind === 'redrive')
      void redriveRequest(request, post).then((m) => postAnswer(post, m), (e: unknown) => post({ kind: 'crash', id: request.id, message: e instanceof Error ? e.message : String(e) }));
    else if (request.kind === 'testState')
      void testStateRequest(request).then(post, (e: unknown) => post({ kind: 'crash', id: request.id, message: e instanceof Error ? e.message : String(e) }));
    else
      void runRequest(request, post).then((m) => postAnswer(post, m), (e: unknown) =>
        post({ kind: 'crash', id: request.id, message: e instanceof Error ? e.message : String(e) }),
      );
  } catch (e) {
    post({ kind: 'crash', id: request.id, message: e instanceof Error ? e.message : String(e) });
  }
});
