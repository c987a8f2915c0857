import { describe, expect, it } from 'vitest';
import { startExecution, type StateMachineDefinition } from '../engine';
import { readHistory } from './history';

describe('readHistory', () => {
  it("counts entries of states whose names are also JavaScript's (issue 14)", async () => {
    // Text, as a definition file is: JSON.parse keeps "__proto__" as a state (an object literal would not).
    const parsed = JSON.parse(
      '{"StartAt":"constructor","States":{"constructor":{"Type":"Pass","Next":"toString"},"toString":{"Type":"Pass","Next":"__proto__"},"__proto__":{"Type":"Succeed"}}}',
    ) as StateMachineDefinition;
    const result = await startExecution(parsed, {});
    expect(result.status).toBe('SUCCEEDED');
    const facts = readHistory(result, parsed);
    expect(Object.entries(facts.entriesByState)).toEqual([
      ['constructor', 1],
      ['toString', 1],
      ['__proto__', 1],
    ]);
  });
});
