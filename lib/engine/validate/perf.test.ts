// The sandbox re-validates on every keystroke, so a 100-state machine must validate in well under a
// millisecond or so. The bound asserted here is loose (the test machine is shared); the figure is printed.
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../parse/index';
import { validateDefinition } from './index';

function hundredStates() {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < 100; i++) {
    const next = i === 99 ? { End: true } : { Next: `S${i + 1}` };
    if (i % 10 === 5) {
      states[`S${i}`] = { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: i, Next: `S${i + 1}` }], Default: `S${i + 1}` };
    } else if (i % 10 === 7) {
      states[`S${i}`] = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$', FunctionName: 'f' }, Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }], ...next };
    } else {
      states[`S${i}`] = { Type: 'Pass', Parameters: { 'a.$': '$.x', b: 1 }, ResultPath: '$.r', ...next };
    }
  }
  return { StartAt: 'S0', States: states };
}

function median(f: () => void, runs: number): number {
  for (let i = 0; i < 50; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

describe('validation speed', () => {
  it('validates a 100-state machine quickly', () => {
    const def = hundredStates();
    expect(validateDefinition(def)).toEqual([]);
    const v = median(() => validateDefinition(def), 300);
    const text = JSON.stringify(def, null, 2);
    const p = median(() => parseDefinition(text), 100);
    console.log(`100 states: validate ${v.toFixed(3)} ms, parse+validate ${p.toFixed(3)} ms (${text.length} chars)`);
    expect(v).toBeLessThan(3);
    expect(p).toBeLessThan(10);
  });
});
