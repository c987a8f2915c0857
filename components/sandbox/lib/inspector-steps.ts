// The inspector's rows for one state visit: each data-flow step the state had, in the order the engine
// applies them, marked "unchanged" when it gave back the value it was computed from. JSONPath states show
// InputPath/Parameters/ResultSelector/ResultPath; JSONata states show Arguments (in afterParameters), Output
// and their variables: whatever the trace holds.
import type { StateTrace } from '../../../lib/engine/types';

export type StepKey = 'input' | 'afterInputPath' | 'afterParameters' | 'result' | 'afterResultSelector' | 'afterResultPath' | 'output' | 'variables';

export interface InspectorStep {
  key: StepKey;
  title: string;
  value: unknown;
  unchanged: boolean;
}

const STEPS: [StepKey, string][] = [
  ['input', 'State input'],
  ['afterInputPath', 'After InputPath'],
  ['afterParameters', 'After Parameters / Arguments'],
  ['result', 'Result'],
  ['afterResultSelector', 'After ResultSelector'],
  ['afterResultPath', 'After ResultPath'],
  ['output', 'State output'],
  ['variables', 'Variables'],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function inspectorSteps(visit: StateTrace): InspectorStep[] {
  // Each step is compared with the value it was computed from, so "unchanged" shows which fields did nothing.
  const basis: Partial<Record<StepKey, unknown>> = {
    afterInputPath: visit.input,
    afterParameters: visit.afterInputPath ?? visit.input,
    afterResultSelector: visit.result,
    // JSONPath: OutputPath works on the value after ResultPath. JSONata: Output defaults to the result.
    output: visit.afterResultPath ?? visit.result ?? visit.afterParameters ?? visit.afterInputPath ?? visit.input,
  };
  return STEPS.filter(([key]) => visit[key] !== undefined).map(([key, title]) => ({
    key,
    title,
    value: visit[key],
    unchanged: key in basis && same(visit[key], basis[key]),
  }));
}
