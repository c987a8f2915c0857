import { describe, expect, it } from 'vitest';
import { encodeShare } from '../lib/url-state';
import type { SandboxExample } from '../types';
import { readBoot, type BootBrowser } from './boot';
import type { Loadable } from './sandbox-state';

const initial: Loadable = {
  definition: 'DEF',
  input: '{}',
  settings: { type: 'STANDARD', seed: 1, faults: '', testCase: '', record: true },
  account: { world: { lambda: {} } },
};
const examples: SandboxExample[] = [
  { id: 'pipeline', title: 'Pipeline', definition: 'PIPE', world: { glue: { jobs: {} } }, mocks: { StateMachines: {} }, budgetMs: 9000 },
];
const source = { shareInUrl: true, storageId: 'page', initial, examples };
const browser = (hash: string, saved: ReturnType<BootBrowser['saved']>): BootBrowser => ({ hash: () => hash, saved: () => saved });

describe('readBoot', () => {
  it('prefers a shared link, with its settings and simulated account, and runs it', () => {
    const world = { lambda: { functions: { f: { source: 'function handler(e) { return e; }' } } } };
    const hash = encodeShare({ definition: 'SHARED', input: '{"a":1}', format: 'json', type: 'EXPRESS', seed: 7, faults: 'fail A 1 times with X', world, maxTransitions: 50 });
    const boot = readBoot(source, browser(hash, { definition: 'SAVED', input: '{}' }));
    expect(boot).toMatchObject({
      autoRun: true,
      load: {
        definition: 'SHARED',
        input: '{"a":1}',
        settings: { type: 'EXPRESS', seed: 7, faults: 'fail A 1 times with X', testCase: '', record: true },
        account: { world, maxTransitions: 50 },
      },
    });
    // A link never sets the run's time budget.
    expect(boot?.load.account.budgetMs).toBeUndefined();
  });

  it('takes an example’s world and mock config by its id, and its budget with them', () => {
    const hash = encodeShare({ definition: 'PIPE', input: '{}', testCase: 'HappyPath', example: 'pipeline' });
    const boot = readBoot(source, browser(hash, null));
    expect(boot?.load.account).toEqual({ exampleId: 'pipeline', world: examples[0]!.world, mocks: examples[0]!.mocks, budgetMs: 9000 });
    expect(boot?.load.settings.testCase).toBe('HappyPath');
  });

  it('does not run a link whose example this sandbox lacks, and says why', () => {
    const boot = readBoot(source, browser(encodeShare({ definition: 'X', input: '{}', example: 'gone' }), null));
    expect(boot).toMatchObject({ autoRun: false, load: { definition: 'X', account: {} } });
    expect(boot?.notice).toMatch(/example “gone”/);
  });

  it('says a damaged link is damaged, and falls back to the saved edit', () => {
    const boot = readBoot(source, browser('#sb=%%%', { definition: 'SAVED', input: '{}' }));
    expect(boot?.load.definition).toBe('SAVED');
    expect(boot?.notice).toMatch(/link is damaged/);
    expect(boot?.autoRun).toBe(false);
  });

  it('ignores the hash where links are not used, and restores a saved edit with its example and settings', () => {
    const hash = encodeShare({ definition: 'SHARED', input: '{}', format: 'json' });
    const settings = { ...initial.settings, faults: 'fail A once with B' };
    const boot = readBoot({ ...source, shareInUrl: false }, browser(hash, { definition: 'SAVED', input: '{}', exampleId: 'pipeline', settings }));
    expect(boot).toMatchObject({ autoRun: false, load: { definition: 'SAVED', settings, account: { exampleId: 'pipeline' } } });
  });

  it('keeps the given text when nothing was saved or the saved text is the same', () => {
    expect(readBoot(source, browser('', null))).toBeNull();
    expect(readBoot(source, browser('', { definition: 'DEF', input: '{}' }))).toBeNull();
  });
});
