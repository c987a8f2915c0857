import { describe, expect, it } from 'vitest';
import { testState } from './test-state';
import type { StateMachineDefinition } from './types';

const machine: StateMachineDefinition = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      InputPath: '$.order',
      Parameters: { 'FunctionName': 'charge', 'Payload.$': '$' },
      ResultSelector: { 'paid.$': '$.Payload.paid' },
      ResultPath: '$.charge',
      Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], MaxAttempts: 2 }],
      Catch: [{ ErrorEquals: ['Card.Declined'], Next: 'Declined' }],
      Next: 'Route',
    },
    Route: {
      Type: 'Choice',
      Choices: [{ Variable: '$.amount', NumericGreaterThan: 100, Next: 'Review' }],
      Default: 'Ship',
    },
    Review: { Type: 'Pass', End: true },
    Ship: { Type: 'Pass', End: true },
    Declined: { Type: 'Fail', Error: 'Declined' },
  },
};

const input = { order: { id: 7, amount: 40 } };

describe('testState', () => {
  it('INFO: a mocked Task answers its output and next state, without inspection data', async () => {
    const r = await testState({ definition: machine, stateName: 'Charge', input, mock: { result: '{"Payload":{"paid":true}}' } });
    // ResultPath writes into the state's raw input (before InputPath), as AWS does.
    expect(r).toEqual({ status: 'SUCCEEDED', output: { order: { id: 7, amount: 40 }, charge: { paid: true } }, nextState: 'Route' });
  });

  it('DEBUG: the data after each step of the data flow', async () => {
    const r = await testState({ definition: machine, stateName: 'Charge', input, inspectionLevel: 'DEBUG', mock: { result: { Payload: { paid: true } } } });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.inspectionData).toMatchObject({
      input,
      afterInputPath: { id: 7, amount: 40 },
      afterParameters: { FunctionName: 'charge', Payload: { id: 7, amount: 40 } },
      result: { Payload: { paid: true } },
      afterResultSelector: { paid: true },
      afterResultPath: { order: { id: 7, amount: 40 }, charge: { paid: true } },
    });
    expect(r.inspectionData?.request).toBeUndefined();
  });

  it('TRACE: adds the request the Task sent and the response it got', async () => {
    const r = await testState({ definition: machine, stateName: 'Charge', input, inspectionLevel: 'TRACE', mock: { result: { Payload: { paid: false } } } });
    expect(r.inspectionData?.request).toEqual({ FunctionName: 'charge', Payload: { id: 7, amount: 40 } });
    expect(r.inspectionData?.response).toEqual({ Payload: { paid: false } });
  });

  it('a Choice answers the branch it takes as nextState', async () => {
    expect((await testState({ definition: machine, stateName: 'Route', input: { amount: 250 } })).nextState).toBe('Review');
    const low = await testState({ definition: machine, stateName: 'Route', input: { amount: 5 } });
    expect(low).toEqual({ status: 'SUCCEEDED', output: { amount: 5 }, nextState: 'Ship' });
  });

  it('a mocked error that a Catch handles is CAUGHT_ERROR with the catcher as nextState', async () => {
    const r = await testState({ definition: machine, stateName: 'Charge', input, mock: { errorOutput: { error: 'Card.Declined', cause: 'insufficient funds' } } });
    expect(r.status).toBe('CAUGHT_ERROR');
    expect(r.error).toBe('Card.Declined');
    expect(r.nextState).toBe('Declined');
    expect(r.output).toMatchObject({ Error: 'Card.Declined', Cause: 'insufficient funds' });
  });

  it('a mocked error that a Retry matches is RETRIABLE, and one nothing handles FAILED', async () => {
    const retry = await testState({ definition: machine, stateName: 'Charge', input, mock: { errorOutput: { error: 'Lambda.TooManyRequestsException' } } });
    expect(retry.status).toBe('RETRIABLE');
    expect(retry.nextState).toBeUndefined();
    const failed = await testState({ definition: machine, stateName: 'Charge', input, mock: { errorOutput: { error: 'Other', cause: 'boom' } } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'Other', cause: 'boom' });
  });

  it('mocks a Map and a Parallel: the mock replaces the iterations, the data flow around them stays', async () => {
    const map = {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemProcessor: { StartAt: 'X', States: { X: { Type: 'Fail', Error: 'NeverRuns' } } },
      ResultPath: '$.results',
      Next: 'After',
    };
    const r = await testState({ definition: map as never, stateName: 'M', input: { items: [1, 2] }, mock: { result: [10, 20] } });
    expect(r).toEqual({ status: 'SUCCEEDED', output: { items: [1, 2], results: [10, 20] }, nextState: 'After' });
    const par = { Type: 'Parallel', Branches: [{ StartAt: 'Y', States: { Y: { Type: 'Fail', Error: 'NeverRuns' } } }], End: true };
    const p = await testState({ definition: par as never, input: {}, mock: { result: [{ a: 1 }] } });
    expect(p).toEqual({ status: 'SUCCEEDED', output: [{ a: 1 }] });
  });

  it('a Pass state sees the variables and context it is given', async () => {
    const pass = { Type: 'Pass', Parameters: { 'who.$': '$$.Execution.Name', 'limit.$': '$limit' }, Next: 'Done' };
    const r = await testState({ definition: pass as never, input: {}, variables: { limit: 3 }, context: { Execution: { Name: 'try-1' } }, inspectionLevel: 'DEBUG' });
    expect(r.output).toEqual({ who: 'try-1', limit: 3 });
    expect(r.nextState).toBe('Done');
  });

  it('refuses a mock on a state that cannot have one, and a state that is not there', async () => {
    expect(await testState({ definition: machine, stateName: 'Route', input: {}, mock: { result: 1 } })).toMatchObject({ status: 'FAILED', error: 'States.InvalidDefinition' });
    expect(await testState({ definition: machine, stateName: 'Nope', input: {} })).toMatchObject({ status: 'FAILED', error: 'States.InvalidDefinition' });
  });
});
