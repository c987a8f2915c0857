import { describe, expect, it } from 'vitest';
import { errors, errorText, machine } from '../test-util';

const task = (Resource: string) => machine({ Type: 'Task', Resource, Next: 'Done' });

describe('Express-only rules', () => {
  it('rejects .sync, .waitForTaskToken and activities in Express machines', () => {
    expect(errorText(task('arn:aws:states:::states:startExecution.sync'), 'EXPRESS')).toMatch(/Express state machine does not support '.sync' service integration: /);
    expect(errorText(task('arn:aws:states:::sns:publish.waitForTaskToken'), 'EXPRESS')).toMatch(/does not support '.waitForTaskToken'/);
    expect(errorText(task('arn:aws:states:us-east-1:123456789012:activity:a'), 'EXPRESS')).toMatch(/does not support Activity ARN/);
  });

  it('accepts them in Standard machines, and plain request-response in Express', () => {
    expect(errors(task('arn:aws:states:::states:startExecution.sync'))).toEqual([]);
    expect(errors(task('arn:aws:states:::lambda:invoke'), 'EXPRESS')).toEqual([]);
  });

  it('applies inside a Distributed Map whose children run as EXPRESS', () => {
    const def = machine({
      Type: 'Map',
      Next: 'Done',
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
        StartAt: 'T',
        States: { T: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', End: true } },
      },
    });
    expect(errorText(def)).toMatch(/A Map run with ExecutionType EXPRESS does not support '.waitForTaskToken'/);
  });

  it('speaks of the Express state machine inside its Parallel branches and inline Maps (AWS wording)', () => {
    const inBranch = machine({
      Type: 'Parallel',
      Next: 'Done',
      Branches: [{ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::glue:startJobRun.sync', End: true } } }],
    });
    expect(errorText(inBranch, 'EXPRESS')).toMatch(/\["States","S","Branches",0,"States","T","Resource"\]: Express state machine does not support '.sync' service integration: /);
    const inMap = machine({
      Type: 'Map',
      Next: 'Done',
      ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish.waitForTaskToken', End: true } } },
    });
    expect(errorText(inMap, 'EXPRESS')).toMatch(/: Express state machine does not support '.waitForTaskToken'/);
    expect(errorText(inMap, 'EXPRESS')).not.toMatch(/Map run/);
  });
});
