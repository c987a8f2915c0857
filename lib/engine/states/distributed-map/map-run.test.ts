import { describe, expect, it } from 'vitest';
import { runWithServices } from '../../services/run';
import { startExecution } from '../../start';
import type { ExecutionResult, JsonValue, StateMachineDefinition } from '../../types';

type Obj = Record<string, unknown>;

/** A child that fails (Fail state, error Boom) for items with "bad": true and passes the rest through. */
const checkingProcessor = (type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): Obj => ({
  ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: type },
  StartAt: 'Check',
  States: {
    Check: {
      Type: 'Choice',
      Choices: [{ And: [{ Variable: '$.bad', IsPresent: true }, { Variable: '$.bad', BooleanEquals: true }], Next: 'Boom' }],
      Default: 'Ok',
    },
    Boom: { Type: 'Fail', Error: 'Boom', Cause: 'bad item' },
    Ok: { Type: 'Pass', End: true },
  },
});

function machine(map: Obj): StateMachineDefinition {
  return { StartAt: 'Dist', States: { Dist: { Type: 'Map', End: true, ...map } as never } };
}

const s3 = (objects: Record<string, string>, bucket = 'in') => ({
  s3: { buckets: { [bucket]: { objects: Object.fromEntries(Object.entries(objects).map(([k, body]) => [k, { body }])) } } },
});

const reader = (key: string, config: Obj) => ({
  Resource: 'arn:aws:states:::s3:getObject',
  ReaderConfig: config,
  Parameters: { Bucket: 'in', Key: key },
});

const types = (r: ExecutionResult) => r.events.map((e) => e.type);

describe('Distributed Map: reading items', () => {
  it('reads a JSON array from S3, honours MaxItems, and reports the Map Run', async () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ n: i }));
    const def = machine({ ItemReader: reader('items.json', { InputType: 'JSON', MaxItems: 4 }), ItemProcessor: checkingProcessor() });
    const { result } = await runWithServices(def, {}, { world: s3({ 'items.json': JSON.stringify(items) }) });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual(items.slice(0, 4));
    expect(types(result)).toEqual([
      'ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapRunStarted', 'MapRunSucceeded', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded',
    ]);
    const run = result.mapRuns![0]!;
    const started = result.events.find((e) => e.type === 'MapRunStarted')!;
    expect(started.mapRunStartedEventDetails).toEqual({ mapRunArn: run.mapRunArn });
    expect(run.mapRunArn).toMatch(/^arn:aws:states:us-east-1:123456789012:mapRun:StateMachine\/Dist:[0-9a-f-]{36}$/);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.itemCounts).toMatchObject({ succeeded: 4, failed: 0, pending: 0, total: 4 });
    expect(run.executionCounts).toMatchObject({ succeeded: 4, total: 4 });
    // Each child has its own history; the parent's history and transitions exclude the children's.
    expect(types(run.children[0]!)).toEqual(['ExecutionStarted', 'ChoiceStateEntered', 'ChoiceStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(run.children[0]!.executionArn).toContain(':execution:StateMachine/Dist:');
    expect(result.billing.stateTransitions).toBe(1);
    expect(result.billing.childExecutions).toEqual([
      expect.objectContaining({ mapStateName: 'Dist', type: 'STANDARD', count: 4, items: 4, totalTransitions: 8, transitionsByState: { Check: 4, Ok: 4 } }),
    ]);
  });

  it('reads JSON Lines and CSV (first-row and given headers)', async () => {
    const world = s3({ 'a.jsonl': '{"x":1}\n{"x":2}\n', 'b.csv': 'x,y\n1,2\n3,4\n', 'c.csv': '5;6\n' });
    const jsonl = await runWithServices(machine({ ItemReader: reader('a.jsonl', { InputType: 'JSONL' }), ItemProcessor: checkingProcessor() }), {}, { world });
    expect(jsonl.result.output).toEqual([{ x: 1 }, { x: 2 }]);
    const csv = await runWithServices(machine({ ItemReader: reader('b.csv', { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' }), ItemProcessor: checkingProcessor() }), {}, { world });
    expect(csv.result.output).toEqual([{ x: '1', y: '2' }, { x: '3', y: '4' }]);
    const given = await runWithServices(
      machine({ ItemReader: reader('c.csv', { InputType: 'CSV', CSVHeaderLocation: 'GIVEN', CSVHeaders: ['p', 'q'], CSVDelimiter: 'SEMICOLON' }), ItemProcessor: checkingProcessor() }),
      {},
      { world },
    );
    expect(given.result.output).toEqual([{ p: '5', q: '6' }]);
  });

  it('lists objects with listObjectsV2 and reads an S3 inventory manifest', async () => {
    const world = s3({
      'photos/a.jpg': 'aa',
      'photos/b.jpg': 'bbb',
      'other/c': 'c',
      'inv/manifest.json': JSON.stringify({ destinationBucket: 'arn:aws:s3:::in', fileFormat: 'CSV', fileSchema: 'Bucket, Key, Size', files: [{ key: 'inv/data/1.csv' }, { key: 'inv/data/2.csv' }] }),
      'inv/data/1.csv': 'src,k1,10\nsrc,k2,20\n',
      'inv/data/2.csv': 'src,k3,30\n',
    });
    const list = await runWithServices(
      machine({ ItemReader: { Resource: 'arn:aws:states:::s3:listObjectsV2', Parameters: { Bucket: 'in', Prefix: 'photos/' } }, ItemProcessor: checkingProcessor() }),
      {},
      { world },
    );
    expect((list.result.output as Obj[]).map((o) => [o.Key, o.Size])).toEqual([['photos/a.jpg', 2], ['photos/b.jpg', 3]]);
    const inv = await runWithServices(machine({ ItemReader: reader('inv/manifest.json', { InputType: 'MANIFEST', MaxItems: 3 }), ItemProcessor: checkingProcessor() }), {}, { world });
    expect(inv.result.output).toEqual([
      { Bucket: 'src', Key: 'k1', Size: '10' },
      { Bucket: 'src', Key: 'k2', Size: '20' },
      { Bucket: 'src', Key: 'k3', Size: '30' },
    ]);
  });

  it('fails with States.ItemReaderFailed for a missing object or bad content, after MapRunFailed', async () => {
    const missing = await runWithServices(machine({ ItemReader: reader('nope.json', { InputType: 'JSON' }), ItemProcessor: checkingProcessor() }), {}, { world: s3({}) });
    expect(missing.result.error).toBe('States.ItemReaderFailed');
    expect(missing.result.cause).toMatch(/ItemReader could not read s3:\/\/in\/nope.json: S3.NoSuchKeyException/);
    expect(types(missing.result).slice(-4)).toEqual(['MapRunStarted', 'MapRunFailed', 'MapStateFailed', 'ExecutionFailed']);
    expect(missing.result.mapRuns![0]!.status).toBe('FAILED');
    const bad = await runWithServices(machine({ ItemReader: reader('x.json', { InputType: 'JSON' }), ItemProcessor: checkingProcessor() }), {}, { world: s3({ 'x.json': '{"not":"an array"}' }) });
    expect(bad.result.error).toBe('States.ItemReaderFailed');
    expect(bad.result.cause).toContain('s3://in/x.json is not a JSON array');
    const csv = await runWithServices(machine({ ItemReader: reader('x.csv', { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' }), ItemProcessor: checkingProcessor() }), {}, { world: s3({ 'x.csv': 'a,b\n1\n' }) });
    expect(csv.result.cause).toBe('ItemReader failed: Row 2 of s3://in/x.csv has 1 fields but there are 2 column headers.');
  });

  it('takes items from the input (ItemsPath) with ItemSelector and $$.Map.Item when there is no ItemReader', async () => {
    const def = machine({ ItemsPath: '$.xs', ItemSelector: { 'v.$': '$$.Map.Item.Value', 'i.$': '$$.Map.Item.Index', 'tag.$': '$.tag' }, ItemProcessor: checkingProcessor('EXPRESS') });
    const r = await startExecution(def, { xs: ['a', 'b'], tag: 't' });
    expect(r.output).toEqual([{ v: 'a', i: 0, tag: 't' }, { v: 'b', i: 1, tag: 't' }]);
    expect(r.mapRuns![0]!.children[0]!.executionArn).toContain(':express:StateMachine/Dist:');
    expect(r.events.find((e) => e.type === 'MapStateStarted')!.mapStateStartedEventDetails).toEqual({ length: 2 });
  });
});

describe('Distributed Map: JSONata', () => {
  it('reads with Arguments, takes Items and ItemSelector expressions, and evaluates tolerance expressions', async () => {
    const def: StateMachineDefinition = {
      QueryLanguage: 'JSONata',
      StartAt: 'Dist',
      States: {
        Dist: {
          Type: 'Map',
          ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSONL' }, Arguments: { Bucket: '{% $states.input.bucket %}', Key: 'x.jsonl' } },
          ItemSelector: { v: '{% $states.context.Map.Item.Value.n * 10 %}' },
          ToleratedFailureCount: '{% 0 %}',
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
          End: true,
        } as never,
      },
    };
    const { result } = await runWithServices(def, { bucket: 'in' }, { world: s3({ 'x.jsonl': '{"n":1}\n{"n":2}\n' }) });
    expect(result.output).toEqual([{ v: 10 }, { v: 20 }]);
    const { ItemReader: _reader, ItemSelector: _selector, ...rest } = def.States.Dist as Record<string, unknown>;
    const items = await startExecution({ ...def, States: { Dist: { ...rest, Items: '{% [3, 4] %}' } as never } }, {});
    expect(items.output).toEqual([3, 4]);
  });
});

describe('Distributed Map: batching, concurrency and billing', () => {
  it('runs one child per batch and bills EXPRESS children per request and rounded duration', async () => {
    const def = machine({
      ItemsPath: '$',
      ItemBatcher: { MaxItemsPerBatchPath: '$$.Execution.Input[0].size', BatchInput: { 'size.$': '$$.Execution.Input[0].size' } },
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
        StartAt: 'Work',
        States: { Work: { Type: 'Wait', Seconds: 1, End: true } },
      },
      MaxConcurrency: 2,
    });
    const input = Array.from({ length: 10 }, (_, i) => ({ size: 3, i }));
    const r = await startExecution(def, input);
    expect(r.status).toBe('SUCCEEDED');
    const outputs = r.output as { BatchInput: JsonValue; Items: JsonValue[] }[];
    expect(outputs.map((b) => b.Items.length)).toEqual([3, 3, 3, 1]);
    expect(outputs[0]!.BatchInput).toEqual({ size: 3 });
    // 4 children of 1 s on 2 slots: the Map Run lasts 2 s, not 4 s.
    expect(r.billing.durationMs).toBe(2000);
    expect(r.billing.childExecutions![0]).toMatchObject({ type: 'EXPRESS', count: 4, items: 10, totalTransitions: 4, totalDurationMs: 4000, totalBilledDurationMs: 4000 });
    expect(r.mapRuns![0]!.executionCounts.succeeded).toBe(4);
    expect(r.mapRuns![0]!.itemCounts.succeeded).toBe(10);
  });

  it('bills a Distributed Map nested in a child: its Map Run is reported on the top-level result', async () => {
    const inner = { ItemsPath: '$.xs', ItemProcessor: checkingProcessor('EXPRESS') };
    const def = machine({
      ItemsPath: '$',
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
        StartAt: 'Inner',
        States: { Inner: { Type: 'Map', End: true, ...inner } },
      },
    });
    const r = await startExecution(def, [{ xs: [1, 2] }, { xs: [3] }]);
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual([[1, 2], [3]]);
    const billed = r.billing.childExecutions!.map((c) => [c.mapStateName, c.type, c.count]);
    expect(billed).toEqual([
      ['Dist', 'STANDARD', 2],
      ['Inner', 'EXPRESS', 2],
      ['Inner', 'EXPRESS', 1],
    ]);
    expect(r.mapRuns).toHaveLength(3);
  });

  it('keeps only the first N child histories and says how many', async () => {
    const def = machine({ ItemsPath: '$', ItemProcessor: checkingProcessor() });
    const r = await startExecution(def, Array.from({ length: 12 }, (_, i) => ({ i })), { mapRunChildHistories: 5 });
    const run = r.mapRuns![0]!;
    expect(run.children.map((c) => c.index)).toEqual([0, 1, 2, 3, 4]);
    expect(run.childHistoriesKept).toBe(5);
    expect(run.childHistoriesLimit).toBe(5);
    expect(run.executionCounts.succeeded).toBe(12);
    expect(r.billing.childExecutions![0]!.totalTransitions).toBe(24);
  });

  it('times an EXPRESS child out after 5 minutes; the timeout counts as a failure', async () => {
    const def = machine({
      ItemsPath: '$',
      ToleratedFailureCount: 1,
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, StartAt: 'W', States: { W: { Type: 'Wait', SecondsPath: '$.s', End: true } } },
    });
    const r = await startExecution(def, [{ s: 1 }, { s: 400 }]);
    expect(r.status).toBe('SUCCEEDED');
    const run = r.mapRuns![0]!;
    expect(run.itemCounts).toMatchObject({ succeeded: 1, timedOut: 1 });
    expect(run.children[1]!.status).toBe('TIMED_OUT');
    expect((r.output as Obj[])[1]).toMatchObject({ Status: 'TIMED_OUT', Error: 'States.Timeout' });
  });
});

describe('Distributed Map: child limits', () => {
  it('fails a STANDARD child past 25,000 history events, counted as a failed item', async () => {
    const def = machine({
      ItemsPath: '$',
      ToleratedFailureCount: 1,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
        StartAt: 'Add',
        States: {
          Add: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)', 'stop.$': '$.stop' }, Next: 'More' },
          More: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericLessThanPath: '$.stop', Next: 'Add' }], Default: 'Done' },
          Done: { Type: 'Succeed' },
        },
      },
    });
    const r = await startExecution(def, [{ n: 0, stop: 10 }, { n: 0, stop: 7000 }], { mapRunChildHistories: 0 });
    expect(r.status).toBe('SUCCEEDED');
    const failed = (r.output as Obj[])[1]!;
    expect(failed).toMatchObject({ Status: 'FAILED', Error: 'States.Runtime' });
    expect(String(failed.Cause)).toContain('maximum number of history events (25000)');
    expect(r.mapRuns![0]!.itemCounts).toMatchObject({ succeeded: 1, failed: 1 });
    expect(r.mapRuns![0]!.children).toEqual([]);
  });
});

describe('Distributed Map: tolerated failures', () => {
  const items = (bad: number[]) => Array.from({ length: 10 }, (_, i) => ({ i, bad: bad.includes(i) }));

  it('fails at the first failed child when no tolerance is set, leaving the rest PENDING', async () => {
    const r = await startExecution(machine({ ItemsPath: '$', MaxConcurrency: 1, ItemProcessor: checkingProcessor() }), items([3]));
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.ExceedToleratedFailureThreshold');
    expect(r.cause).toBe('The specified tolerated failure threshold was exceeded');
    const failed = r.events.find((e) => e.type === 'MapRunFailed')!;
    expect(failed.mapRunFailedEventDetails).toEqual({ error: 'States.ExceedToleratedFailureThreshold', cause: 'The specified tolerated failure threshold was exceeded' });
    expect(r.mapRuns![0]!.itemCounts).toMatchObject({ succeeded: 3, failed: 1, pending: 6, total: 10 });
    expect(r.mapRuns![0]!.status).toBe('FAILED');
  });

  it('tolerates up to ToleratedFailureCount failed items and reports failed children in the output', async () => {
    const ok = await startExecution(machine({ ItemsPath: '$', ToleratedFailureCount: 2, ItemProcessor: checkingProcessor() }), items([1, 5]));
    expect(ok.status).toBe('SUCCEEDED');
    const out = ok.output as Obj[];
    expect(out[0]).toEqual({ i: 0, bad: false });
    expect(out[1]).toMatchObject({ Status: 'FAILED', Error: 'Boom', Cause: 'bad item', Input: '{"i":1,"bad":true}' });
    expect(ok.mapRuns![0]!.itemCounts).toMatchObject({ succeeded: 8, failed: 2 });
    const over = await startExecution(machine({ ItemsPath: '$', ToleratedFailureCountPath: '$$.Execution.Input[0].i', ItemProcessor: checkingProcessor() }), items([0, 5]));
    expect(over.error).toBe('States.ExceedToleratedFailureThreshold');
  });

  it('tolerates failures up to ToleratedFailurePercentage of all items', async () => {
    const ok = await startExecution(machine({ ItemsPath: '$', ToleratedFailurePercentage: 20, ItemProcessor: checkingProcessor() }), items([1, 2]));
    expect(ok.status).toBe('SUCCEEDED');
    const over = await startExecution(machine({ ItemsPath: '$', ToleratedFailurePercentage: 20, ItemProcessor: checkingProcessor() }), items([1, 2, 3]));
    expect(over.error).toBe('States.ExceedToleratedFailureThreshold');
    expect(over.mapRuns![0]!.toleratedFailurePercentage).toBe(20);
  });

  it('counts a failed batch as all of its items', async () => {
    const def = machine({
      ItemsPath: '$',
      ItemBatcher: { MaxItemsPerBatch: 5 },
      ToleratedFailureCount: 4,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
        StartAt: 'F',
        States: { F: { Type: 'Fail', Error: 'Boom' } },
      },
    });
    const r = await startExecution(def, items([]));
    expect(r.error).toBe('States.ExceedToleratedFailureThreshold');
    expect(r.mapRuns![0]!.itemCounts).toMatchObject({ failed: 5, pending: 5 });
    expect(r.mapRuns![0]!.executionCounts).toMatchObject({ failed: 1, pending: 1 });
  });

  it('can be caught like any state error', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Dist',
      States: {
        Dist: { Type: 'Map', ItemsPath: '$', ItemProcessor: checkingProcessor(), Catch: [{ ErrorEquals: ['States.ExceedToleratedFailureThreshold'], Next: 'Handled' }], End: true } as never,
        Handled: { Type: 'Pass', End: true },
      },
    };
    const r = await startExecution(def, items([0]));
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ Error: 'States.ExceedToleratedFailureThreshold', Cause: 'The specified tolerated failure threshold was exceeded' });
  });
});

describe('Distributed Map: ResultWriter', () => {
  const writer = { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', Prefix: 'runs' } };

  it('writes SUCCEEDED and FAILED files and a manifest, and returns where they are', async () => {
    const input: JsonValue = [{ i: 0 }, { i: 1, bad: true }, { i: 2 }];
    const { result, world } = await runWithServices(machine({ ItemsPath: '$', ToleratedFailureCount: 1, ResultWriter: writer, ItemProcessor: checkingProcessor() }), input, {});
    expect(result.status).toBe('SUCCEEDED');
    const run = result.mapRuns![0]!;
    const runId = run.mapRunArn.split(':').pop()!;
    expect(result.output).toEqual({ MapRunArn: run.mapRunArn, ResultWriterDetails: { Bucket: 'out', Key: `runs/${runId}/manifest.json` } });
    const objects = world.s3.buckets.out!.objects;
    const manifest = JSON.parse(objects[`runs/${runId}/manifest.json`]!.body);
    expect(manifest).toEqual({
      DestinationBucket: 'out',
      MapRunArn: run.mapRunArn,
      ResultFiles: {
        FAILED: [{ Key: `runs/${runId}/FAILED_0.json`, Size: objects[`runs/${runId}/FAILED_0.json`]!.body.length }],
        PENDING: [],
        SUCCEEDED: [{ Key: `runs/${runId}/SUCCEEDED_0.json`, Size: objects[`runs/${runId}/SUCCEEDED_0.json`]!.body.length }],
      },
    });
    const succeeded = JSON.parse(objects[`runs/${runId}/SUCCEEDED_0.json`]!.body) as Obj[];
    expect(succeeded.map((r) => [r.Status, r.Input, r.Output])).toEqual([
      ['SUCCEEDED', '{"i":0}', '{"i":0}'],
      ['SUCCEEDED', '{"i":2}', '{"i":2}'],
    ]);
    expect(succeeded[0]).toMatchObject({ InputDetails: { Included: true }, OutputDetails: { Included: true }, RedriveCount: 0, StateMachineArn: expect.stringContaining(':stateMachine:StateMachine/Dist') });
    const failed = JSON.parse(objects[`runs/${runId}/FAILED_0.json`]!.body) as Obj[];
    expect(failed).toEqual([expect.objectContaining({ Status: 'FAILED', Error: 'Boom', Cause: 'bad item', Input: '{"i":1,"bad":true}' })]);
    expect(run.itemCounts.resultsWritten).toBe(3);
  });

  it('writes PENDING records when the threshold stops the run, and COMPACT JSON Lines when asked', async () => {
    const input: JsonValue = [{ i: 0 }, { i: 1, bad: true }, { i: 2 }, { i: 3 }];
    const def = machine({ ItemsPath: '$', MaxConcurrency: 1, ResultWriter: { ...writer, WriterConfig: { Transformation: 'COMPACT', OutputType: 'JSONL' } }, ItemProcessor: checkingProcessor() });
    const { result, world } = await runWithServices(def, input, {});
    expect(result.error).toBe('States.ExceedToleratedFailureThreshold');
    const runId = result.mapRuns![0]!.mapRunArn.split(':').pop()!;
    const objects = world.s3.buckets.out!.objects;
    expect(objects[`runs/${runId}/SUCCEEDED_0.jsonl`]!.body).toBe('{"i":0}\n');
    const pending = objects[`runs/${runId}/PENDING_0.jsonl`]!.body.trim().split('\n').map((l) => JSON.parse(l));
    expect(pending).toEqual([
      { Input: '{"i":2}', InputDetails: { Included: true }, Status: 'PENDING' },
      { Input: '{"i":3}', InputDetails: { Included: true }, Status: 'PENDING' },
    ]);
  });

  it('formats the state output with WriterConfig alone (FLATTEN spreads array outputs)', async () => {
    const def = machine({ ItemsPath: '$', ItemBatcher: { MaxItemsPerBatch: 2 }, ResultWriter: { WriterConfig: { Transformation: 'FLATTEN', OutputType: 'JSON' } }, ItemProcessor: {
      ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
      StartAt: 'Unwrap',
      States: { Unwrap: { Type: 'Pass', OutputPath: '$.Items', End: true } },
    } });
    const r = await startExecution(def, [1, 2, 3]);
    expect(r.output).toEqual([1, 2, 3]);
  });

  it('fails with States.ResultWriterFailed when the results cannot be written', async () => {
    const def = machine({ ItemsPath: '$', ResultWriter: writer, ItemProcessor: checkingProcessor() });
    const r = await startExecution(def, [{ i: 0 }], { tasks: () => ({ kind: 'failure', error: 'S3.AccessDenied', cause: 'denied' }) });
    expect(r.error).toBe('States.ResultWriterFailed');
    expect(r.cause).toMatch(/^ResultWriter could not write s3:\/\/out\/runs\/.*\/SUCCEEDED_0.json: S3.AccessDenied: denied$/);
  });
});

describe('Distributed Map: progress and abort', () => {
  it('reports progress during a long Map Run', async () => {
    const seen: number[] = [];
    const def = machine({ ItemsPath: '$', ItemProcessor: checkingProcessor('EXPRESS') });
    const r = await startExecution(def, Array.from({ length: 10_000 }, (_, i) => i), {
      payloadLimitBytes: 10_000_000,
      recordHistory: false,
      onProgress: (p) => {
        if (p.mapRun) seen.push(p.mapRun.itemsProcessed);
        if (p.mapRun) expect(p.mapRun.totalItems).toBe(10_000);
      },
    });
    expect(r.status).toBe('SUCCEEDED');
    expect(seen).toEqual([4096, 8192]);
  });

  it('stops promptly when the signal aborts, with the Map Run ABORTED', async () => {
    const controller = new AbortController();
    let calls = 0;
    const def = machine({
      ItemsPath: '$',
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', End: true } } },
    });
    const r = await startExecution(def, Array.from({ length: 100 }, (_, i) => i), {
      signal: controller.signal,
      tasks: (inv) => {
        calls++;
        if (calls === 10) controller.abort();
        return { kind: 'success', output: inv.input };
      },
    });
    expect(r.status).toBe('ABORTED');
    expect(calls).toBe(10);
    expect(types(r).slice(-2)).toEqual(['MapRunAborted', 'ExecutionAborted']);
    const run = r.mapRuns![0]!;
    expect(run.status).toBe('ABORTED');
    // The tenth child's task had already answered, so it finished; no child started after the abort.
    expect(run.itemCounts.succeeded).toBe(10);
    expect(run.itemCounts.aborted).toBe(90);
  });
});
