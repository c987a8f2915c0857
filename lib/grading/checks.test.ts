// Each kind of check, on small machines: what passes, what fails, and that the feedback says why.
import { describe, expect, it } from 'vitest';
import type { ScenarioCase } from '../content/scenario-schema';
import { grade } from './grade';
import type { GradableScenario } from './types';

const world = {
  sns: { topics: { alerts: { messages: [] } } },
  sqs: { queues: { jobs: { messages: [] } } },
  dynamodb: { tables: { orders: { partitionKey: 'id', items: [] } } },
  lambda: { functions: { echo: { source: 'function handler(e) { return e; }', durationMs: 30_000 } } },
};

function scenario(cases: Partial<ScenarioCase>[], extra: Partial<GradableScenario> = {}): GradableScenario {
  return {
    id: 'test',
    executionType: 'STANDARD',
    world,
    cases: cases.map((c, i) => ({ name: `case ${i}`, when: 'When it runs', visible: true, expect: { status: 'SUCCEEDED' }, ...c }) as ScenarioCase),
    ...extra,
  };
}

const machine = {
  StartAt: 'Save',
  States: {
    Save: {
      Type: 'Task',
      Resource: 'arn:aws:states:::dynamodb:putItem',
      Parameters: { TableName: 'orders', Item: { id: { 'S.$': '$.id' }, total: { 'N.$': "States.Format('{}', $.total)" } } },
      ResultPath: null,
      Next: 'Work',
    },
    Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'echo', 'Payload.$': '$' }, ResultPath: null, Next: 'Tell' },
    Tell: {
      Type: 'Task',
      Resource: 'arn:aws:states:::sns:publish',
      Parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:alerts', Subject: 'Saved', 'Message.$': "States.Format('Order {} saved', $.id)" },
      ResultPath: null,
      Next: 'Queue',
    },
    Queue: {
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage',
      Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs', 'MessageBody.$': '$' },
      ResultPath: null,
      Next: 'Done',
    },
    Done: { Type: 'Pass', Parameters: { 'id.$': '$.id', 'total.$': '$.total', tags: ['a', 'b'] }, End: true },
  },
};
const input = { id: 'o-1', total: 12 };

async function only(expect: ScenarioCase['expect'], c: Partial<ScenarioCase> = {}, def: object = machine) {
  const v = await grade(scenario([{ input, expect, ...c }]), def);
  return v.cases[0]!;
}

describe('checks', () => {
  it('output: equals, subset and a JSONata predicate, each explaining a mismatch', async () => {
    expect((await only({ output: { equals: { id: 'o-1', total: 12, tags: ['a', 'b'] } } })).passed).toBe(true);
    const eq = await only({ output: { equals: { id: 'o-1' } } });
    expect(eq.feedback).toContain('the output should be {"id":"o-1"}, but it is {"id":"o-1","total":12,"tags":["a","b"]}');
    expect((await only({ output: { subset: { total: 12 } } })).passed).toBe(true);
    expect((await only({ output: { subset: { total: 13 } } })).feedback).toContain('output.total should be 13, but it is 12');
    expect((await only({ output: { subset: { missing: 1 } } })).feedback).toContain('output.missing is missing');
    expect((await only({ output: { jsonata: '$count(tags) = 2 and total > 10', says: 'two tags, total over 10' } })).passed).toBe(true);
    expect((await only({ output: { jsonata: 'total > 100', says: 'a big total' } })).feedback).toContain('the check “a big total” should hold for the output, but it does not');
  });

  it('messages: count, subject and content of published and queued messages', async () => {
    expect((await only({ published: [{ topic: 'alerts', count: 1, subject: 'Saved', contains: 'o-1' }] })).passed).toBe(true);
    expect((await only({ published: [{ topic: 'alerts', count: 2 }] })).feedback).toContain("should publish exactly 2 messages to the topic 'alerts', but it published 1 message (from 'Tell')");
    expect((await only({ published: [{ topic: 'alerts', subject: 'Other' }] })).feedback).toContain('should have the subject "Other", but one has "Saved"');
    expect((await only({ published: [{ topic: 'alerts', contains: 'o-2' }] })).feedback).toContain('should mention "o-2", but one reads "Order o-1 saved"');
    expect((await only({ published: [{ topic: 'nope' }] })).feedback).toContain("the scenario's world has no such topic");
    expect((await only({ queued: [{ queue: 'jobs', count: 1, contains: '"total":12' }] })).passed).toBe(true);
    expect((await only({ queued: [{ queue: 'jobs', count: 0 }] })).feedback).toContain("should send no message to the queue 'jobs', but it sent 1 message");
  });

  it('storage: DynamoDB items (compared as plain values) and S3 objects', async () => {
    expect((await only({ items: [{ table: 'orders', count: 1, contains: { id: 'o-1', total: 12 } }] })).passed).toBe(true);
    expect((await only({ items: [{ table: 'orders', contains: { id: 'o-2' } }] })).feedback).toContain('should hold an item with {"id":"o-2"}, but none of its 1 item matches');
    expect((await only({ objects: [{ bucket: 'out', count: 1 }] })).feedback).toContain('s3://out/ should hold 1 object after the run, but it holds 0');
  });

  it('Lambda invocations, transitions, duration (naming the slow steps) and cost', async () => {
    expect((await only({ invoked: [{ function: 'echo', count: 1 }] })).passed).toBe(true);
    expect((await only({ invoked: [{ function: 'echo', count: 0 }] })).feedback).toContain("should invoke the function 'echo' not at all, but it invoked it once (from 'Work')");
    expect((await only({ maxTransitions: 5 })).passed).toBe(true);
    expect((await only({ maxTransitions: 4 })).feedback).toContain('should use at most 4 state transitions, but it used 5');
    expect((await only({ maxDurationSeconds: 10 })).feedback).toMatch(/should finish within 10 s, but it took 30(\.\d)? s of simulated time \(the longest steps: 'Work' 30 s/);
    expect((await only({ cost: { maxUsd: 0.001 } })).passed).toBe(true);
    expect((await only({ cost: { maxUsd: 1, runsPerMonth: 10_000_000 } })).feedback).toMatch(/a month at 10,000,000 runs should cost at most \$1\.00, but it costs \$1,2\d\d\.\d\d: 5 state transitions per run/);
  });

  it('how the run ended: status and error', async () => {
    const failing = { StartAt: 'Boom', States: { Boom: { Type: 'Fail', Error: 'Order.Rejected', Cause: 'no' } } };
    expect((await only({ status: 'FAILED', error: 'Order.Rejected' }, {}, failing)).passed).toBe(true);
    expect((await only({ error: 'Other' }, {}, failing)).feedback).toContain("should fail with Other, but it ended FAILED at Fail state 'Boom' with Order.Rejected");
    expect((await only({ status: 'FAILED' })).feedback).toContain('the run should end FAILED, but it ended SUCCEEDED');
  });

  it('the path: attempts within a range, errors caught, states entered or not', async () => {
    const retried = {
      ...machine,
      States: {
        ...machine.States,
        Work: { ...machine.States.Work, Retry: [{ ErrorEquals: ['Lambda.ServiceException'], MaxAttempts: 4, IntervalSeconds: 1 }], Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done', ResultPath: null }] },
      },
    };
    const fault = { faults: [{ state: 'Work', invocations: '0-1', throw: { Error: 'Lambda.ServiceException' } }] };
    expect((await only({ attempts: { Work: { min: 2, max: 3 } } }, fault, retried)).passed).toBe(true);
    expect((await only({ attempts: { Work: { max: 2 } } }, { faults: [{ state: 'Work', throw: { Error: 'Lambda.ServiceException' } }] }, retried)).feedback).toContain(
      "'Work' should be attempted at most 2 times, but it was attempted 5 times (it failed with Lambda.ServiceException): its Retry on Lambda.ServiceException has MaxAttempts 4",
    );
    const caught = await only({ caught: [{ state: 'Work', error: 'Lambda.ServiceException' }], notVisited: ['Tell'] }, { faults: [{ state: 'Work', throw: { Error: 'Lambda.ServiceException' } }] }, retried);
    expect(caught.passed).toBe(true);
    expect((await only({ caught: [{ state: 'Work' }] })).feedback).toContain("a Catch on 'Work' should handle its error, but 'Work' never failed for good");
    expect((await only({ visited: ['Nowhere'] })).feedback).toContain("the run should enter 'Nowhere', but it never did");
  });
});

describe('grade', () => {
  it('grades only the visible cases when asked, and keeps each run when asked', async () => {
    const s = scenario([{ input }, { input, visible: false }]);
    const v = await grade(s, machine, { only: 'visible', includeRuns: true });
    expect(v.cases).toHaveLength(1);
    expect(v.cases[0]!.run?.events.length).toBeGreaterThan(5);
    expect((await grade(s, machine)).cases[0]!.run).toBeUndefined();
  });

  it('scores the share of cases passed', async () => {
    const v = await grade(scenario([{ input }, { input, expect: { status: 'FAILED' } }, { input }]), machine);
    expect(v.score).toBe(67);
    expect(v.passed).toBe(false);
  });

  it('refuses a definition over the 1 MB quota before parsing it', async () => {
    const big = JSON.stringify({ ...machine, Comment: 'x'.repeat(1_048_576) });
    const v = await grade(scenario([{ input }]), big);
    expect(v.diagnostics?.[0]?.code).toBe('DEFINITION_TOO_LARGE');
    expect(v.cases[0]!.feedback).toContain('AWS accepts at most 1 MB');
  });

  it('validates for the scenario’s execution type (Express refuses .sync)', async () => {
    const sync = { StartAt: 'J', States: { J: { Type: 'Task', Resource: 'arn:aws:states:::glue:startJobRun.sync', Parameters: { JobName: 'j' }, End: true } } };
    const v = await grade(scenario([{ input }], { executionType: 'EXPRESS' }), sync);
    expect(v.diagnostics?.[0]?.message).toMatch(/Express/);
  });

  it('caps each case’s transitions and says the run seems to loop', async () => {
    const loop = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'B' },
        B: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'C' }], Default: 'A' },
        C: { Type: 'Succeed' },
      },
    };
    const v = await grade(scenario([{ input }], { maxTransitions: 50 }), loop);
    expect(v.cases[0]!.feedback).toContain('it was stopped after 50 state transitions: it seems to loop without end');
  });

  it('skips the cases left when the budget is spent', async () => {
    let t = 0;
    const v = await grade(scenario([{ input }, { input }]), machine, { budgetMs: 10, now: () => (t += 6) });
    expect(v.cases[1]!.feedback).toContain('This case did not run: the grading used up its');
  });
});
