import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { decodeShare, encodeShare, MAX_HASH_CHARS, readShare } from './url-state';

describe('share links', () => {
  it('round-trips every field', () => {
    const state = {
      definition: '{"StartAt":"A"}',
      input: '{"x": [1, 2]}',
      format: 'yaml' as const,
      type: 'EXPRESS' as const,
      seed: 7,
      faults: 'fail A once with X',
      testCase: 'HappyPath',
      world: { s3: { buckets: { b: {} } } },
      mocks: { StateMachines: {} },
      generatedWorld: { kind: 'million-items', bucket: 'b', key: 'k' },
      maxTransitions: 500,
      record: false,
    };
    expect(decodeShare(encodeShare(state))).toEqual(state);
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (definition, input) => {
        const decoded = decodeShare(encodeShare({ definition, input }));
        expect(decoded?.definition).toBe(definition);
        // An empty input is read back as {}, which is what running it means.
        expect(decoded?.input).toBe(input.trim() === '' || input.trim() === '{}' ? '{}' : input);
      }),
    );
  });

  it('stays short in the common case: defaults left out, an example carried by its id', () => {
    const definition = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
    const plain = encodeShare({ definition, input: '{}', type: 'STANDARD', seed: 1, record: true });
    const bare = encodeShare({ definition, input: '{}' });
    expect(plain).toBe(bare);
    const world = { lambda: { functions: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, { source: `function handler(e) { return { n: ${i}, e }; }` }])) } };
    const byId = encodeShare({ definition, input: '{}', example: 'five-step-pipeline' });
    const inline = encodeShare({ definition, input: '{}', world });
    expect(byId.length).toBeLessThan(bare.length + 40);
    expect(inline.length).toBeGreaterThan(byId.length + 200);
  });

  it('reads links written before worlds were carried (seed always present, input always present)', () => {
    const old = `#sb=${compressToEncodedURIComponent(JSON.stringify({ d: 'DEF', i: '{"a":1}', s: 4, x: 'fail A once with B' }))}`;
    expect(decodeShare(old)).toEqual({ definition: 'DEF', input: '{"a":1}', seed: 4, faults: 'fail A once with B' });
  });

  it('rejects hashes without or with damaged state, and says what is wrong', () => {
    expect(decodeShare('')).toBeNull();
    expect(decodeShare('#other=1')).toBeNull();
    expect(readShare('#sb=%%%garbage')).toMatchObject({ ok: false, problem: expect.stringMatching(/damaged/) });
    expect(readShare(`#sb=${compressToEncodedURIComponent('[1,2]')}`)).toMatchObject({ ok: false });
    expect(readShare(`#sb=${'A'.repeat(MAX_HASH_CHARS + 10)}`)).toMatchObject({ ok: false, problem: expect.stringMatching(/too long/) });
  });

  it('drops fields of the wrong type rather than trusting them', () => {
    const hash = `#sb=${compressToEncodedURIComponent(JSON.stringify({ d: 'D', w: 'not an object', m: [1], t: 'WEIRD', s: 1.5, n: -3, r: 'no' }))}`;
    expect(decodeShare(hash)).toEqual({ definition: 'D', input: '{}', seed: 1 });
  });
});
