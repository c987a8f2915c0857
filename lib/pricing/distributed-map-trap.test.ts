// The exam's cost trap, run for real: the same 1,000-item, three-state job as an inline Map in a Standard
// workflow and as a batched Distributed Map with EXPRESS children (content/examples/pricing-trap-*.json).
import { describe, expect, it } from 'vitest';
import { startExecution } from '../engine/start';
import type { StateMachineDefinition } from '../engine/types';
import { costOf } from './cost';
import inlineMap from '../../content/examples/pricing-trap-inline-map.json';
import distributedMap from '../../content/examples/pricing-trap-distributed-map.json';

describe('inline Map vs batched Distributed Map (the cost trap and its remedy)', () => {
  it('the inline Map bills 1,000+ transitions for 1,000 items; the batched Distributed Map far less', async () => {
    const inline = await startExecution(inlineMap as unknown as StateMachineDefinition, {});
    const distributed = await startExecution(distributedMap as unknown as StateMachineDefinition, {});
    expect(inline.status).toBe('SUCCEEDED');
    expect(distributed.status).toBe('SUCCEEDED');

    const trap = costOf(inline, { definition: inlineMap });
    // Generate + the Map state + 1,000 iterations x 3 states.
    expect(trap.stateTransitions).toBe(3002);
    expect(trap.stateTransitions).toBeGreaterThan(1000);
    // 3,002 x $0.025 / 1,000 = $0.07505 per run.
    expect(trap.totalUsd).toBeCloseTo(0.07505, 10);

    const remedy = costOf(distributed, { definition: distributedMap });
    // The parent makes 2 transitions (Generate, ProcessOrders); the children are billed as Express executions.
    expect(remedy.stateTransitions).toBe(2);
    expect(remedy.children).toHaveLength(1);
    const children = remedy.children[0]!;
    expect(children).toMatchObject({ type: 'EXPRESS', count: 10, items: 1000, transitions: 30, billedDurationMs: 1000, billedMemoryMb: 64 });
    // 2 x $0.025/1,000 + 10 requests x $1/1M + (10 x 100 ms x 64 MB = 0.0625 GB-s) x $0.00001667
    //   = $0.00005 + $0.00001 + $0.00000104 = $0.00006104.
    expect(remedy.totalUsd).toBeCloseTo(0.00005 + 0.00001 + 0.0625 * 0.00001667, 10);
    expect(trap.totalUsd / remedy.totalUsd).toBeGreaterThan(1000);
  });
});
