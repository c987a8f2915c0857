import { describe, expect, it } from 'vitest';
import { checkFaults, faultTargets, formatFault, parseFaults, toFaultSpecs } from './faults';

describe('parseFaults', () => {
  it('reads the phrases a learner writes', () => {
    const { faults, errors } = parseFaults('fail Glue twice with Glue.AWSGlueException\n# comment\nfail "Send mail" 3 times with States.Timeout: too slow\nFAIL Convert once with Boom');
    expect(errors).toEqual([]);
    expect(faults).toEqual([
      { state: 'Glue', times: 2, error: 'Glue.AWSGlueException' },
      { state: 'Send mail', times: 3, error: 'States.Timeout', cause: 'too slow' },
      { state: 'Convert', times: 1, error: 'Boom' },
    ]);
  });
  it('says which line is wrong and how to write it', () => {
    const { errors } = parseFaults('fail Glue\nfail A 0 times with X');
    expect(errors.map((e) => e.line)).toEqual([1, 2]);
    expect(errors[0]!.message).toMatch(/fail <state> <N> times with <Error>/);
  });
  it('turns faults into invocation ranges and back into text', () => {
    const { faults } = parseFaults('fail Glue 2 times with G.E: c\nfail B 1 time with X');
    expect(toFaultSpecs(faults)).toEqual([
      { state: 'Glue', invocations: '0-1', throw: { Error: 'G.E', Cause: 'c' } },
      { state: 'B', invocations: '0', throw: { Error: 'X' } },
    ]);
    expect(faults.map(formatFault)).toEqual(['fail Glue 2 times with G.E: c', 'fail B 1 time with X']);
  });
});

describe('checkFaults', () => {
  const definition = {
    StartAt: 'Hello',
    States: {
      Hello: { Type: 'Pass', Next: 'ConvertWithGlue' },
      ConvertWithGlue: { Type: 'Task', Resource: 'arn:aws:states:::glue:startJobRun.sync', Next: 'Each' },
      Each: {
        Type: 'Map',
        ItemReader: { Resource: 'arn:aws:states:::s3:getObject', Parameters: { Bucket: 'b', Key: 'k' } },
        ItemProcessor: { StartAt: 'Inner', States: { Inner: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } },
        End: true,
      },
    },
  };
  const targets = faultTargets(definition);

  it('accepts Task states, nested ones, and a Map that reads S3', () => {
    expect(checkFaults('fail ConvertWithGlue 2 times with Boom\nfail Inner once with X\nfail Each once with S3.NoSuchKey', targets).errors).toEqual([]);
  });
  it('names a state that does not exist, with the closest name', () => {
    const { errors } = checkFaults('# first\nfail ConvertWithGlu 2 times with Boom', targets);
    expect(errors).toEqual([{ line: 2, message: expect.stringMatching(/no state named "ConvertWithGlu".*Did you mean ConvertWithGlue\?/) }]);
    const far = checkFaults('fail NoSuchState 2 times with Boom', targets).errors[0]!.message;
    expect(far).toMatch(/no state named "NoSuchState"/);
    expect(far).toMatch(/States that call a service: ConvertWithGlue, Each, Inner/);
  });
  it('refuses a state that calls no service, since the fault would do nothing', () => {
    expect(checkFaults('fail Hello once with X', targets).errors[0]!.message).toMatch(/"Hello" is a Pass state/);
  });
  it('keeps syntax errors and target errors in line order', () => {
    const { errors } = checkFaults('fail Nope once with X\nfail Glue', targets);
    expect(errors.map((e) => e.line)).toEqual([1, 2]);
  });
  it('checks the syntax only when there is no definition to check against', () => {
    expect(checkFaults('fail Anything once with X', undefined).errors).toEqual([]);
  });
});
