// Express workflows (and the children of a Distributed Map run as EXPRESS) cannot wait: no .sync, no
// .waitForTaskToken, no activities. AWS rejects such definitions at creation.
import type { Reporter, StateScope } from '../context';
import { resourceKind } from './resource';

export function checkExpressResource(reporter: Reporter, s: StateScope): void {
  const r = reporter.as('express');
  const res = s.state.Resource;
  if (s.machine.executionType !== 'EXPRESS' || s.type !== 'Task' || typeof res !== 'string') return;
  const path = [...s.path, 'Resource'];
  // Inside a Parallel branch or an inline Map of an Express machine the machine itself is Express; only a
  // Distributed Map's children can be Express in a Standard machine.
  const whose = r.type === 'EXPRESS' ? 'Express state machine' : 'A Map run with ExecutionType EXPRESS';
  if (/\.sync(:2)?$/.test(res)) {
    r.error(path, `${whose} does not support '.sync' service integration: Express workflows cannot wait for a job to finish (at most 5 minutes). Use a Standard workflow, or call the service without .sync`);
  } else if (res.endsWith('.waitForTaskToken')) {
    r.error(path, `${whose} does not support '.waitForTaskToken' service integration: Express workflows cannot pause for a callback. Use a Standard workflow`);
  } else if (resourceKind(res) === 'activity') {
    r.error(path, `${whose} does not support Activity ARN: activities are polled by workers and Express workflows cannot wait for them. Use a Standard workflow`);
  }
}
