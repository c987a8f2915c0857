// JSONata states and workflow variables, run end to end through startExecution.
import { describe, expect, it } from 'vitest';
import { eventsOf, run, secondsAt, types } from '../test-support/run';

const ok = (output: unknown) => ({ kind: 'success' as const, output: output as never });

describe('JSONata data flow', () => {
  it('Output sees $states.input and variables; Assign and Output see the values from before the state', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { n: 1 }, Next: 'B' },
        B: { Type: 'Pass', Assign: { n: '{% $n + 1 %}', old: '{% $n %}' }, Output: { was: '{% $n %}', x: '{% $states.input.x %}' }, End: true },
      },
    };
    const r = await run(def, { x: 'in' });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ was: 1, x: 'in' });
    const exited = eventsOf(r, 'PassStateExited').map((e) => (e.stateExitedEventDetails as { assignedVariables?: unknown }).assignedVariables);
    expect(exited).toEqual([{ n: '1' }, { n: '2', old: '1' }]);
  });

  it('a JSONPath machine can switch one state to JSONata, and JSONPath reads what JSONata assigned', async () => {
    const def = {
      StartAt: 'J',
      States: {
        J: { Type: 'Pass', QueryLanguage: 'JSONata', Assign: { v: '{% $states.input.a * 2 %}' }, Output: '{% $states.input %}', Next: 'P' },
        P: { Type: 'Pass', Parameters: { 'v.$': '$v', 'a.$': '$.a' }, End: true },
      },
    };
    expect((await run(def, { a: 21 })).output).toEqual({ v: 42, a: 21 });
  });

  it('Task: Arguments build the request, Output and Assign see $states.result, TimeoutSeconds may be {% %}', async () => {
    const seen: unknown[] = [];
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Arguments: { Payload: { id: '{% $states.input.id %}' } },
          TimeoutSeconds: '{% $states.input.timeout %}',
          Credentials: { RoleArn: "{% 'arn:aws:iam::123456789012:role/r' & $string($states.input.id) %}" },
          Assign: { status: '{% $states.result.status %}' },
          Output: { status: '{% $states.result.status %}', id: '{% $states.input.id %}' },
          End: true,
        },
      },
    };
    const r = await run(def, { id: 7, timeout: 30 }, { tasks: (inv) => (seen.push([inv.input, inv.timeoutSeconds, inv.credentials]), ok({ status: 'done' })) });
    expect(seen).toEqual([[{ Payload: { id: 7 } }, 30, { RoleArn: 'arn:aws:iam::123456789012:role/r7' }]]);
    expect(r.output).toEqual({ status: 'done', id: 7 });
  });

  it('Catch: Output and Assign see $states.errorOutput; the state\'s own Assign does not apply', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Assign: { fromState: 1 },
          Catch: [{ ErrorEquals: ['States.ALL'], Assign: { err: '{% $states.errorOutput.Error %}' }, Output: { cause: '{% $states.errorOutput.Cause %}', input: '{% $states.input %}' }, Next: 'After' }],
          End: true,
        },
        After: { Type: 'Pass', Output: { err: '{% $err %}', fromState: '{% $exists($fromState) %}', was: '{% $states.input %}' }, End: true },
      },
    };
    const r = await run(def, { q: 1 }, { tasks: () => ({ kind: 'failure', error: 'Boom', cause: 'bad' }) });
    expect(r.output).toEqual({ err: 'Boom', fromState: false, was: { cause: 'bad', input: { q: 1 } } });
  });

  it('Choice: Condition picks the rule; its Assign/Output apply, the state\'s only on Default', async () => {
    const def = () => ({
      QueryLanguage: 'JSONata',
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [{ Condition: '{% $states.input.v > 10 %}', Assign: { path: 'big' }, Output: { big: '{% $states.input.v %}' }, Next: 'End' }],
          Default: 'End',
          Assign: { path: 'default' },
          Output: 'small',
        },
        End: { Type: 'Pass', Output: { out: '{% $states.input %}', path: '{% $path %}' }, End: true },
      },
    });
    expect((await run(def(), { v: 11 })).output).toEqual({ out: { big: 11 }, path: 'big' });
    expect((await run(def(), { v: 1 })).output).toEqual({ out: 'small', path: 'default' });
  });

  it('Wait: Seconds and Timestamp expressions move the virtual clock', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'W1',
      States: {
        W1: { Type: 'Wait', Seconds: '{% $states.input.s * 60 %}', Next: 'W2' },
        W2: { Type: 'Wait', Timestamp: '{% $states.input.at %}', End: true },
      },
    };
    const r = await run(def, { s: 2, at: '2024-01-01T01:00:00Z' }, { startTime: '2024-01-01T00:00:00Z' });
    expect(r.status).toBe('SUCCEEDED');
    expect(secondsAt(r, eventsOf(r, 'WaitStateExited')[0]!)).toBe(120);
    expect(secondsAt(r, eventsOf(r, 'WaitStateExited')[1]!)).toBe(3600);
  });

  it('Fail: Error and Cause expressions', async () => {
    const def = { QueryLanguage: 'JSONata', StartAt: 'F', States: { F: { Type: 'Fail', Error: "{% 'E.' & $states.input.code %}", Cause: '{% $states.input.why %}' } } };
    const r = await run(def, { code: 'X', why: 'because' });
    expect([r.status, r.error, r.cause]).toEqual(['FAILED', 'E.X', 'because']);
  });

  it('Map: Items, ItemSelector with $states.context.Map.Item, and MaxConcurrency as an expression', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          Items: '{% $states.input.list[$ > 1] %}',
          MaxConcurrency: '{% 1 %}',
          ItemSelector: { v: '{% $states.context.Map.Item.Value %}', i: '{% $states.context.Map.Item.Index %}', tag: '{% $states.input.tag %}' },
          ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } },
          Output: '{% $states.result.v %}',
          End: true,
        },
      },
    };
    const r = await run(def, { list: [1, 2, 3], tag: 't' });
    expect(r.output).toEqual([2, 3]);
  });
});

describe('JSONata failures', () => {
  it('record EvaluationFailed with location and state, then fail with the prefixed cause', async () => {
    const def = { QueryLanguage: 'JSONata', StartAt: 'S', States: { S: { Type: 'Pass', Output: { result: '{% $doesNotExist %}' }, End: true } } };
    const r = await run(def);
    const cause = "An error occurred while executing the state 'S' (entered at the event id #2). The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).";
    expect([r.status, r.error, r.cause]).toEqual(['FAILED', 'States.QueryEvaluationError', cause]);
    expect(types(r)).toEqual(['ExecutionStarted', 'PassStateEntered', 'EvaluationFailed', 'ExecutionFailed']);
    expect(eventsOf(r, 'EvaluationFailed')[0]!.evaluationFailedEventDetails).toEqual({
      cause,
      error: 'States.QueryEvaluationError',
      location: 'Output/result',
      state: 'S',
    });
  });

  it('a Map whose Items is not an array fails with MapStateFailed after EvaluationFailed', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'M',
      States: { M: { Type: 'Map', Items: '{% $states.input.x %}', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true } },
    };
    const r = await run(def, { x: 5 });
    expect(types(r)).toEqual(['ExecutionStarted', 'MapStateEntered', 'EvaluationFailed', 'MapStateFailed', 'ExecutionFailed']);
    expect(r.cause).toMatch(/Expected 'array', but was 'number' for value: 5$/);
  });

  it('States.QueryEvaluationError can be caught (States.ALL covers it)', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: '{% $nope %}', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }], End: true },
        Caught: { Type: 'Pass', End: true },
      },
    };
    const r = await run(def, {}, { tasks: () => ok(1) });
    expect(r.status).toBe('SUCCEEDED');
    expect((r.output as { Error: string }).Error).toBe('States.QueryEvaluationError');
    expect(types(r)).toContain('EvaluationFailed');
  });
});

describe('variables across scopes and query languages', () => {
  it('Map iterations and Parallel branches read outer variables; their assignments stay inside', async () => {
    const def = {
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { x: 42 }, Next: 'M' },
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', Assign: { 'inner.$': '$x', 'x.$': '$' }, Parameters: { 'outer.$': '$x' }, End: true } } },
          Next: 'P',
        },
        P: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', QueryLanguage: 'JSONata', Assign: { y: 1 }, Output: '{% $x %}', End: true } } }],
          Next: 'After',
        },
        After: { Type: 'Pass', QueryLanguage: 'JSONata', Output: { x: '{% $x %}', inner: '{% $exists($inner) %}', y: '{% $exists($y) %}', prev: '{% $states.input %}' }, End: true },
      },
    };
    const r = await run(def, [7, 8]);
    expect(r.output).toEqual({ x: 42, inner: false, y: false, prev: [42] });
  });

  it('JSONPath paths read variables: InputPath, ItemsPath, SecondsPath, ErrorPath', async () => {
    const def = {
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { list: [1, 2], secs: 5, cfg: { err: 'Custom.Error' } }, Next: 'In' },
        In: { Type: 'Pass', InputPath: '$list', Next: 'M' },
        M: { Type: 'Map', ItemsPath: '$list', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, Next: 'W' },
        W: { Type: 'Wait', SecondsPath: '$secs', Next: 'F' },
        F: { Type: 'Fail', ErrorPath: '$cfg.err', Cause: 'stop' },
      },
    };
    const r = await run(def, {});
    expect([r.status, r.error, r.cause]).toEqual(['FAILED', 'Custom.Error', 'stop']);
    expect(r.billing.durationMs).toBe(5000);
  });

  it('JSONPath Assign reads $ as the result (after Parameters/Result) and Catch Assign reads the error', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', Parameters: { v: 'from-params' }, Assign: { 'got.$': '$.v' }, Next: 'T' },
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Catch: [{ ErrorEquals: ['States.ALL'], Assign: { 'err.$': '$.Error' }, ResultPath: null, Next: 'Out' }],
          End: true,
        },
        Out: { Type: 'Pass', Parameters: { 'got.$': '$got', 'err.$': '$err' }, End: true },
      },
    };
    const r = await run(def, {}, { tasks: () => ({ kind: 'failure', error: 'Oops' }) });
    expect(r.output).toEqual({ got: 'from-params', err: 'Oops' });
  });

  it('a variable over the 256 KiB quota fails the state with States.Runtime, which States.ALL does not catch', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'Big',
      States: {
        Big: { Type: 'Pass', Assign: { big: "{% $pad('', 300000, 'x') %}" }, Next: 'Done' },
        Done: { Type: 'Succeed' },
      },
    };
    const r = await run(def);
    expect([r.status, r.error]).toEqual(['FAILED', 'States.Runtime']);
    expect(r.cause).toMatch(/variable 'big' is 300002 bytes, which exceeds the maximum size of 262144 bytes/);
  });

  it('traces show the variables a state sees, inherited ones included', async () => {
    const def = {
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { x: 1 }, Next: 'M' },
        M: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', Assign: { y: 2 }, End: true } } }, End: true },
      },
    };
    const r = await run(def, [0], { trace: true });
    const inner = r.trace!.find((t) => t.stateName === 'I')!;
    expect(inner.variables).toEqual({ x: 1, y: 2 });
    // The Map state assigns nothing itself but still shows what it sees.
    expect(r.trace!.find((t) => t.stateName === 'M')!.variables).toEqual({ x: 1 });
  });
});
