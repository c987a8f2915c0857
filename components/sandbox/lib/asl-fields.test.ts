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

describe('fieldsForObject reads the validator table', () => {
  it('narrows a state and a catcher to one query language when it is known', () => {
    const jsonata = fieldsForObject(['States', 'T'], 'Task', 'JSONata');
    expect(jsonata).toContain('Arguments');
    expect(jsonata).not.toContain('Parameters');
    expect(fieldsForObject(['States', 'T'], 'Task', 'JSONPath')).not.toContain('Arguments');
    expect(fieldsForObject(['States', 'T', 'Catch', 0], undefined, 'JSONata')).toContain('Output');
    expect(fieldsForObject(['States', 'T', 'Catch', 0], undefined, 'JSONata')).not.toContain('ResultPath');
  });
  it('offers no field the validator would refuse: a Parallel branch takes no QueryLanguage', () => {
    expect(fieldsForObject(['States', 'P', 'Branches', 0])).not.toContain('QueryLanguage');
    expect(fieldsForObject(['States', 'M', 'ItemProcessor'])).toContain('ProcessorConfig');
  });
});
