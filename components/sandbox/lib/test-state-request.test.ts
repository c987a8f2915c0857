import { describe, expect, it } from 'vitest';
import { buildTestStateRequest, type TestStateForm } from './test-state-request';
import type { StateMachineDefinition } from '../../../lib/engine/types';

const def: StateMachineDefinition = {
  QueryLanguage: 'JSONata',
  StartAt: 'M',
  States: {
    M: { Type: 'Map', ItemProcessor: { StartAt: 'Inner', States: { Inner: { Type: 'Pass', Output: '{% $states.input * 2 %}', End: true } } }, End: true },
  },
};
const form: TestStateForm = { input: '{"a":1}', level: 'DEBUG', mock: 'none', mockResult: '', mockError: '', mockCause: '' };

describe('buildTestStateRequest', () => {
  it('tests a top-level state inside its state machine', () => {
    expect(buildTestStateRequest(def, ['States', 'M'], 'M', form)).toEqual({ ok: true, request: { definition: def, stateName: 'M', input: { a: 1 }, inspectionLevel: 'DEBUG' } });
  });

  it('tests a nested state on its own, with the query language it inherits', () => {
    const built = buildTestStateRequest(def, ['States', 'M', 'ItemProcessor', 'States', 'Inner'], 'Inner', form);
    expect(built).toMatchObject({ ok: true, request: { stateName: 'Inner', definition: { Type: 'Pass', QueryLanguage: 'JSONata' } } });
  });

  it('answers the field that is wrong: bad input JSON, bad mock result, a mock error with no name', () => {
    expect(buildTestStateRequest(def, ['States', 'M'], 'M', { ...form, input: '{' })).toMatchObject({ ok: false, field: 'input' });
    expect(buildTestStateRequest(def, ['States', 'M'], 'M', { ...form, mock: 'result', mockResult: 'nope' })).toMatchObject({ ok: false, field: 'mockResult' });
    expect(buildTestStateRequest(def, ['States', 'M'], 'M', { ...form, mock: 'error', mockError: ' ' })).toMatchObject({ ok: false, field: 'mockError' });
  });

  it('carries a mocked result or error', () => {
    expect(buildTestStateRequest(def, ['States', 'M'], 'M', { ...form, mock: 'result', mockResult: '[1]' })).toMatchObject({ ok: true, request: { mock: { result: [1] } } });
    expect(buildTestStateRequest(def, ['States', 'M'], 'M', { ...form, mock: 'error', mockError: 'Boom', mockCause: 'why' })).toMatchObject({
      ok: true,
      request: { mock: { errorOutput: { error: 'Boom', cause: 'why' } } },
    });
  });
});
