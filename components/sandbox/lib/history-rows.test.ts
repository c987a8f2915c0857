import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../lib/engine/types';
import { formatElapsed, historyRows } from './history-rows';

const events: HistoryEvent[] = [
  { id: 1, previousEventId: 0, timestamp: '2024-01-01T00:00:00.000Z', type: 'ExecutionStarted', executionStartedEventDetails: { input: '{"a":1}' } },
  { id: 2, previousEventId: 1, timestamp: '2024-01-01T00:00:00.010Z', type: 'TaskStateEntered', stateEnteredEventDetails: { name: 'Glue', input: '{"a":1}' } },
  { id: 3, previousEventId: 2, timestamp: '2024-01-01T00:00:00.020Z', type: 'TaskScheduled', taskScheduledEventDetails: { resource: 'startJobRun.sync', parameters: '{"JobName":"j"}' } },
  { id: 4, previousEventId: 3, timestamp: '2024-01-01T00:20:00.020Z', type: 'TaskFailed', taskFailedEventDetails: { error: 'Glue.X', cause: 'bad' } },
  { id: 5, previousEventId: 4, timestamp: '2024-01-01T00:20:00.030Z', type: 'ExecutionFailed', executionFailedEventDetails: { error: 'Glue.X' } },
];

describe('historyRows', () => {
  const rows = historyRows(events);
  it('gives each event its step, elapsed virtual time and parsed details', () => {
    expect(rows.map((r) => r.step)).toEqual(['', 'Glue', 'Glue', 'Glue', '']);
    expect(rows.map((r) => r.elapsedMs)).toEqual([0, 10, 20, 1_200_020, 1_200_030]);
    expect(rows[2]!.details).toEqual({ taskScheduledEventDetails: { resource: 'startJobRun.sync', parameters: { JobName: 'j' } } });
    expect(rows[0]!.details.executionStartedEventDetails).toEqual({ input: { a: 1 } });
  });
  it('flags failures', () => {
    expect(rows.map((r) => r.kind)).toEqual(['neutral', 'neutral', 'neutral', 'fail', 'fail']);
  });
});

describe('formatElapsed', () => {
  it('reads like a person would say it', () => {
    expect(formatElapsed(0)).toBe('0 ms');
    expect(formatElapsed(250)).toBe('250 ms');
    expect(formatElapsed(1500)).toBe('1.50 s');
    expect(formatElapsed(12_000)).toBe('12 s');
    expect(formatElapsed(20 * 60_000 + 3000)).toBe('20 min 3 s');
    expect(formatElapsed(2 * 3_600_000 + 5 * 60_000)).toBe('2 h 5 min');
    expect(formatElapsed(3 * 86_400_000 + 4 * 3_600_000)).toBe('3 d 4 h');
    expect(formatElapsed(-1)).toBe('–');
  });
});
