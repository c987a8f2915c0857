import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../index';
import { errors, errorText } from '../test-util';

const ok = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };

describe('state machine fields', () => {
  it('accepts a minimal machine', () => {
    expect(validateDefinition(ok)).toEqual([]);
  });

  it('rejects a definition that is not an object', () => {
    for (const bad of [null, 'x', 3, [1]]) expect(errorText(bad)).toMatch(/Definition must be a valid JSON object/);
  });

  it('lists missing StartAt and States together, as AWS does', () => {
    const [d] = errors({});
    expect(d!.code).toBe('SCHEMA_VALIDATION_FAILED');
    expect(d!.message).toMatch(/These fields are required: \[States, StartAt\] \(/);
    expect(errorText({ States: ok.States })).toMatch(/required: \[StartAt\]/);
  });

  it('checks the types of the top-level fields', () => {
    expect(errorText({ ...ok, StartAt: 3 })).toMatch(/'StartAt' of the state machine must be a string/);
    expect(errorText({ ...ok, States: [] })).toMatch(/'States' of the state machine must be a JSON object/);
    expect(errorText({ ...ok, States: {} })).toMatch(/is empty/);
    expect(errorText({ ...ok, Comment: 1 })).toMatch(/Comment/);
    expect(errorText({ ...ok, Version: 1.0 })).toMatch(/Version/);
    expect(errorText({ ...ok, TimeoutSeconds: -1 })).toMatch(/TimeoutSeconds.*between 0 and 99999999/);
    expect(errorText({ ...ok, TimeoutSeconds: 1.5 })).toMatch(/TimeoutSeconds.*integer/);
    expect(errors({ ...ok, TimeoutSeconds: 60, Comment: 'c', Version: '1.0' })).toEqual([]);
    expect(errorText({ ...ok, QueryLanguage: 'XPath' })).toMatch(/QueryLanguage.*'JSONPath', 'JSONata'/);
  });

  it('rejects unknown top-level fields with a suggestion', () => {
    const d = errors({ ...ok, Statess: {} });
    expect(d[0]!.path).toEqual(['Statess']);
    expect(d[0]!.message).toMatch(/Field 'Statess' is not supported.*Did you mean 'States'\?/);
  });

  it('allows TimeoutSeconds only at the top level', () => {
    const def = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ ...ok, TimeoutSeconds: 5 }], End: true } } };
    expect(errorText(def)).toMatch(/only allowed at the top level/);
  });

  it('limits state names to 80 characters', () => {
    const long = 'x'.repeat(81);
    expect(errors({ StartAt: long, States: { [long]: { Type: 'Succeed' } } })[0]!.code).toBe('INVALID_STATE_NAME');
    const fine = 'x'.repeat(80);
    expect(errors({ StartAt: fine, States: { [fine]: { Type: 'Succeed' } } })).toEqual([]);
  });
});
