// Each Map iteration's input is held to the 256 KiB payload quota (issue 14).

import { describe, expect, it } from 'vitest';
import { run } from '../test-support/run';
import type { JsonValue } from '../types';

/** About 190 KB of input: 1,000 items of ~190 bytes. */
function input190k(): JsonValue {
  const items = Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `item-${i}`, text: 'y'.repeat(150) }));
  return { items };
}

const processor = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };

describe('Map iteration inputs', () => {
  it("fails with States.DataLimitExceeded when ItemSelector builds an item over 256 KiB (the issue's $..* example)", async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', ItemsPath: '$.items', ItemSelector: { 'all.$': '$..*' }, ItemProcessor: processor, End: true } } };
    const r = await run(def, input190k());
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
    expect(r.cause).toContain("iteration 0 of the Map state 'M'");
    // No iteration ran: the first oversized input stopped the Map before the others were built (building
    // them all first took 1.47 GB).
    expect(r.events.some((e) => e.type === 'MapIterationStarted')).toBe(false);
  });

  it('which Catch with States.ALL does not catch', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: { Type: 'Map', ItemsPath: '$.items', ItemSelector: { 'all.$': '$..*' }, ItemProcessor: processor, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'C' }], End: true },
        C: { Type: 'Succeed' },
      },
    };
    expect((await run(def, input190k())).error).toBe('States.DataLimitExceeded');
  });

  it('accepts items whose inputs stay under the quota', async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', ItemsPath: '$.items', ItemSelector: { 'id.$': '$$.Map.Item.Value.id' }, ItemProcessor: processor, End: true } } };
    const r = await run(def, input190k());
    expect(r.status).toBe('SUCCEEDED');
    expect((r.output as JsonValue[]).length).toBe(1000);
  });

  it('checks items a JSONata Items expression builds, and JSONata ItemSelector outputs', async () => {
    const items = { QueryLanguage: 'JSONata', StartAt: 'M', States: { M: { Type: 'Map', Items: '{% [$pad("", 300000, "z")] %}', ItemProcessor: processor, End: true } } };
    expect((await run(items)).error).toBe('States.DataLimitExceeded');
    const selector = {
      QueryLanguage: 'JSONata',
      StartAt: 'M',
      States: { M: { Type: 'Map', Items: '{% [1, 2] %}', ItemSelector: { big: '{% $pad("", 300000, "z") %}' }, ItemProcessor: processor, End: true } },
    };
    expect((await run(selector)).error).toBe('States.DataLimitExceeded');
  });

  it('fails a Distributed Map child whose item is over the quota without serialising it whole', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemSelector: { 'all.$': '$$.Execution.Input', 'again.$': '$$.Execution.Input' },
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, ...processor },
          End: true,
        },
      },
    };
    const r = await run(def, input190k());
    expect(r.status).toBe('FAILED');
    expect(r.mapRuns?.[0]?.children[0]).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
  });
});
