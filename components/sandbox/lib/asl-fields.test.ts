import { describe, expect, it } from 'vitest';
import { fieldsForObject } from './asl-fields';

describe('fieldsForObject', () => {
  it('offers the fields of the state type being edited', () => {
    const task = fieldsForObject(['States', 'Glue'], 'Task');
    expect(task).toContain('Resource');
    expect(task).toContain('Retry');
    expect(task).not.toContain('Choices');
    expect(fieldsForObject(['States', 'C'], 'Choice')).toContain('Default');
    expect(fieldsForObject(['States', 'C'], 'Choice')).not.toContain('Next');
  });
  it('knows retriers, catchers, choice rules and nested scopes', () => {
    expect(fieldsForObject(['States', 'T', 'Retry', 0])).toContain('BackoffRate');
    expect(fieldsForObject(['States', 'T', 'Catch', 1])).toEqual(expect.arrayContaining(['ErrorEquals', 'Next', 'ResultPath']));
    expect(fieldsForObject(['States', 'C', 'Choices', 0])).toContain('NumericGreaterThanEqualsPath');
    expect(fieldsForObject(['States', 'P', 'Branches', 0])).toContain('StartAt');
    expect(fieldsForObject([])).toContain('StartAt');
    expect(fieldsForObject(['States', 'T', 'Parameters'])).toEqual([]);
  });
});
