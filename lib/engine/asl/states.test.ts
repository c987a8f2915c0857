import { describe, expect, it } from 'vitest';
import { stateOf } from './states';
import { STATES_ERRORS, RUNTIME_ERROR_NAMES } from './errors';

describe('stateOf', () => {
  it('narrows a state to its own type by its Type', () => {
    const choice = stateOf({ Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'A' }], Default: 'B' }, 'Choice');
    expect(choice.Choices[0]!.Next).toBe('A');
    expect(choice.Default).toBe('B');
  });
  it('refuses a state of another type', () => {
    expect(() => stateOf({ Type: 'Pass' }, 'Task')).toThrow(/Pass state was handed to the Task handler/);
  });
});

describe('error names', () => {
  it('lists the names Retry and Catch can match, without the refusal to create a state machine', () => {
    expect(RUNTIME_ERROR_NAMES).toContain(STATES_ERRORS.Runtime);
    expect(RUNTIME_ERROR_NAMES).toContain('States.QueryEvaluationError');
    expect(RUNTIME_ERROR_NAMES).not.toContain(STATES_ERRORS.InvalidDefinition);
  });
});
