import { describe, expect, it } from 'vitest';
import { errors, errorText, machine } from '../test-util';

const proc = { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } };
const dist = { ...proc, ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } };
const map = (extra: Record<string, unknown>, top: Record<string, unknown> = {}) => machine({ Type: 'Map', Next: 'Done', ...extra }, top);

describe('Map states', () => {
  it('accepts inline, legacy and distributed forms', () => {
    expect(errors(map({ ItemProcessor: proc, ItemsPath: '$.items', ItemSelector: { 'v.$': '$$.Map.Item.Value' }, MaxConcurrency: 5 }))).toEqual([]);
    expect(errors(map({ Iterator: proc, Parameters: { 'i.$': '$$.Map.Item.Index' }, MaxConcurrencyPath: '$.n' }))).toEqual([]);
    const full = {
      ItemProcessor: dist,
      ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW', MaxItems: 10 }, Parameters: { Bucket: 'b', Key: 'k' } },
      ItemBatcher: { MaxItemsPerBatch: 10, BatchInput: { 'run.$': '$$.Execution.Name' } },
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'b', Prefix: 'p' } },
      ToleratedFailurePercentage: 5,
      Label: 'my-run_1',
    };
    expect(errors(map(full))).toEqual([]);
  });

  it('keeps exclusive pairs apart', () => {
    expect(errorText(map({ ItemProcessor: proc, Iterator: proc }))).toMatch(/'ItemProcessor' and 'Iterator', which exclude each other/);
    expect(errorText(map({ ItemProcessor: proc, ItemSelector: {}, Parameters: {} }))).toMatch(/'ItemSelector' and 'Parameters'/);
    expect(errorText(map({ ItemProcessor: proc, MaxConcurrency: 1, MaxConcurrencyPath: '$.m' }))).toMatch(/'MaxConcurrency' and 'MaxConcurrencyPath'/);
  });

  it('checks ProcessorConfig', () => {
    expect(errorText(map({ ItemProcessor: { ...proc, ProcessorConfig: { Mode: 'PARALLEL' } } }))).toMatch(/Mode.*'INLINE', 'DISTRIBUTED'/);
    expect(errorText(map({ ItemProcessor: { ...proc, ProcessorConfig: { Mode: 'DISTRIBUTED' } } }))).toMatch(/needs ProcessorConfig.ExecutionType/);
    expect(errorText(map({ ItemProcessor: { ...proc, ProcessorConfig: { Mode: 'INLINE', ExecutionType: 'EXPRESS' } } }))).toMatch(/only applies in DISTRIBUTED mode/);
  });

  it('keeps Distributed-only fields off inline Maps', () => {
    expect(errorText(map({ ItemProcessor: proc, ItemReader: { Resource: 'arn:aws:states:::s3:getObject' } }))).toMatch(/'ItemReader'.*only applies to a Distributed Map/);
    expect(errorText(map({ ItemProcessor: proc, Label: 'x' }))).toMatch(/'Label'.*only applies to a Distributed Map/);
  });

  it('checks labels like AWS: not empty, at most 40 characters, no special characters', () => {
    expect(errorText(map({ ItemProcessor: dist, Label: '' }))).toMatch(/cannot be empty/);
    expect(errorText(map({ ItemProcessor: dist, Label: 'x'.repeat(41) }))).toMatch(/cannot exceed 40 characters/);
    expect(errorText(map({ ItemProcessor: dist, Label: 'a b' }))).toMatch(/contains invalid character: U\+0020/);
    expect(errorText(map({ ItemProcessor: dist, Label: 'a:b' }))).toMatch(/contains invalid character: ':'/);
  });

  it('checks numbers, paths and reader/batcher/writer shapes', () => {
    expect(errorText(map({ ItemProcessor: proc, MaxConcurrency: -1 }))).toMatch(/MaxConcurrency.*between 0 and/);
    expect(errorText(map({ ItemProcessor: proc, ItemsPath: '$.items[*]' }))).toMatch(/reference path/);
    expect(errorText(map({ ItemProcessor: dist, ToleratedFailurePercentage: 101 }))).toMatch(/between 0 and 100/);
    expect(errorText(map({ ItemProcessor: dist, ItemBatcher: {} }))).toMatch(/at least one of MaxItemsPerBatch or MaxInputBytesPerBatch/);
    expect(errorText(map({ ItemProcessor: dist, ItemBatcher: { MaxInputBytesPerBatch: 300000 } }))).toMatch(/between 1 and 262144/);
    expect(errorText(map({ ItemProcessor: dist, ItemReader: { ReaderConfig: { InputType: 'XML' } } }))).toMatch(/needs a 'Resource'[\s\S]*InputType.*'CSV'/);
    expect(errorText(map({ ItemProcessor: dist, ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { CSVHeaderLocation: 'GIVEN' } } }))).toMatch(/needs CSVHeaders/);
    expect(errorText(map({ ItemProcessor: dist, ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', WriterConfig: { OutputType: 'CSV' } } }))).toMatch(/OutputType.*'JSON', 'JSONL'/);
  });

  it('validates the item processor as its own state machine', () => {
    const bad = { StartAt: 'I', States: { I: { Type: 'Pass', Next: 'Nowhere' } } };
    const d = errors(map({ ItemProcessor: bad }));
    expect(d.some((x) => x.code === 'MISSING_TRANSITION_TARGET' && x.path.join('/') === 'States/S/ItemProcessor/States/I/Next')).toBe(true);
    expect(errorText(map({ ItemProcessor: { States: proc.States } }))).toMatch(/\["States","S","ItemProcessor"\]: These fields are required: \[StartAt\] \(/);
  });

  it('uses Items in JSONata and ItemsPath in JSONPath', () => {
    expect(errors(map({ ItemProcessor: proc, Items: '{% $states.input.list %}' }, { QueryLanguage: 'JSONata' }))).toEqual([]);
    expect(errors(map({ ItemProcessor: proc, Items: [1, 2, '{% 3 %}'] }, { QueryLanguage: 'JSONata' }))).toEqual([]);
    expect(errorText(map({ ItemProcessor: proc, Items: 'list' }, { QueryLanguage: 'JSONata' }))).toMatch(/'Items'.*must be an array or a \{% \.\.\. %\} expression/);
    expect(errorText(map({ ItemProcessor: proc, Items: [1] }))).toMatch(/'Items' belongs to the JSONata query language/);
    expect(errorText(map({ ItemProcessor: proc, ItemsPath: '$.x' }, { QueryLanguage: 'JSONata' }))).toMatch(/'ItemsPath' belongs to the JSONPath query language.*'Items'/);
  });
});

describe('Parallel states', () => {
  it('accepts branches and checks each as its own machine', () => {
    const branch = (n: string) => ({ StartAt: n, States: { [n]: { Type: 'Pass', End: true } } });
    expect(errors(machine({ Type: 'Parallel', Branches: [branch('B1'), branch('B2')], Next: 'Done' }))).toEqual([]);
    expect(errorText(machine({ Type: 'Parallel', Branches: [], Next: 'Done' }))).toMatch(/'Branches'.*must not be an empty array/);
    expect(errorText(machine({ Type: 'Parallel', Branches: ['x'], Next: 'Done' }))).toMatch(/Branch #0 .* must be a state machine object/);
    expect(errorText(machine({ Type: 'Parallel', Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass' } } }], Next: 'Done' }))).toMatch(/neither 'Next' nor "End"/);
  });
});
