// The machine `scripts/bench-validate.ts` times must be valid and parse back from its text, or the benchmark
// would time the error path. Its speed is printed by the benchmark, never asserted here (no timed unit tests).
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../parse/index';
import { validateDefinition } from './index';
import { hundredStates } from './hundred-states';

describe('the 100-state benchmark machine', () => {
  it('validates with no diagnostic', () => {
    expect(validateDefinition(hundredStates())).toEqual([]);
  });

  it('parses from its pretty-printed text to the same definition, with no diagnostic', () => {
    const def = hundredStates();
    const parsed = parseDefinition(JSON.stringify(def, null, 2));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.definition).toEqual(def);
  });
});
