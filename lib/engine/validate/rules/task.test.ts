import { describe, expect, it } from 'vitest';
import { errors, errorText, machine } from '../test-util';

const task = (extra: Record<string, unknown>, top: Record<string, unknown> = {}) =>
  machine({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Done', ...extra }, top);

describe('Task states', () => {
  it('accepts timeouts as literals, paths, or JSONata', () => {
    expect(errors(task({ TimeoutSeconds: 30, HeartbeatSeconds: 10 }))).toEqual([]);
    expect(errors(task({ TimeoutSecondsPath: '$.t', HeartbeatSecondsPath: '$.h' }))).toEqual([]);
    expect(errors(task({ TimeoutSeconds: '{% $states.input.t %}', Arguments: { a: 1 } }, { QueryLanguage: 'JSONata' }))).toEqual([]);
  });

  it('keeps TimeoutSeconds and TimeoutSecondsPath apart', () => {
    expect(errorText(task({ TimeoutSeconds: 3, TimeoutSecondsPath: '$.t' }))).toMatch(/'TimeoutSeconds' and 'TimeoutSecondsPath', which exclude each other/);
    expect(errorText(task({ HeartbeatSeconds: 3, HeartbeatSecondsPath: '$.t' }))).toMatch(/'HeartbeatSeconds' and 'HeartbeatSecondsPath'/);
  });

  it('checks timeout values', () => {
    expect(errorText(task({ TimeoutSeconds: 0 }))).toMatch(/TimeoutSeconds.*between 1 and/);
    expect(errorText(task({ TimeoutSeconds: '$.t' }))).toMatch(/use the '...Path' form/);
    expect(errorText(task({ TimeoutSeconds: 10, HeartbeatSeconds: 10 }))).toMatch(/HeartbeatSeconds \(10\).*smaller than its TimeoutSeconds \(10\)/);
    expect(errorText(task({ TimeoutSecondsPath: '$.t[*]' }))).toMatch(/reference path/);
    expect(errorText(task({ TimeoutSeconds: '{% $x %}' }))).toMatch(/must be an integer/);
  });

  it('requires RoleArn in Credentials (AWS wording)', () => {
    expect(errorText(task({ Credentials: {} }))).toMatch(/\["States","S","Credentials"\]: The field 'RoleArn' is required but was missing:/);
    expect(errors(task({ Credentials: { 'RoleArn.$': '$.role' } }))).toEqual([]);
    expect(errors(task({ Credentials: { RoleArn: '{% $states.input.role %}' }, Arguments: {} }, { QueryLanguage: 'JSONata' }))).toEqual([]);
    expect(errorText(task({ Credentials: { RoleArn: 'arn:aws:iam::123456789012:role/r', Extra: 1 } }))).toMatch(/Field 'Extra' is not supported in Credentials/);
  });
});
