// A 100-state machine of the kind a learner builds (Pass with Parameters, a Choice every ten states, a
// retried Lambda task), shared by the validator's test and `scripts/bench-validate.ts`: the sandbox
// re-validates on every keystroke, so this is the size whose validation time matters.
export function hundredStates(): { StartAt: string; States: Record<string, unknown> } {
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
