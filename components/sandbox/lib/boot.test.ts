import { describe, expect, it } from 'vitest';
import { createBootStore, readBoot, type BootBrowser } from './boot';
import { encodeShare } from './url-state';

const source = { shareInUrl: true, storageId: 'page', initialDefinition: 'DEF', initialInput: '{}' };
const browser = (hash: string, saved: { definition: string; input: string } | null): BootBrowser => ({ hash: () => hash, saved: () => saved });

describe('readBoot', () => {
  it('prefers a shared link, with its settings, and runs it', () => {
    const hash = encodeShare({ definition: 'SHARED', input: '{"a":1}', format: 'json', type: 'EXPRESS', seed: 7, faults: 'fail A 1 times with X' });
    const boot = readBoot(source, browser(hash, { definition: 'SAVED', input: '{}' }));
    expect(boot).toMatchObject({ definition: 'SHARED', input: '{"a":1}', autoRun: true, settings: { type: 'EXPRESS', seed: 7, faults: 'fail A 1 times with X', testCase: '' } });
  });
  it('ignores the hash where links are not used, and restores a saved edit that differs', () => {
    const hash = encodeShare({ definition: 'SHARED', input: '{}', format: 'json' });
    const boot = readBoot({ ...source, shareInUrl: false }, browser(hash, { definition: 'SAVED', input: '{}' }));
    expect(boot).toMatchObject({ definition: 'SAVED', autoRun: false });
    expect(boot?.settings).toBeUndefined();
  });
  it('keeps the given text when nothing was saved or the saved text is the same', () => {
    expect(readBoot(source, browser('', null))).toBeNull();
    expect(readBoot(source, browser('', { definition: 'DEF', input: '{}' }))).toBeNull();
  });
});

describe('createBootStore', () => {
  it('reads the browser once and then returns the same snapshot; the server snapshot is null', () => {
    let reads = 0;
    const store = createBootStore(source, { hash: () => '', saved: () => (reads++, { definition: 'SAVED', input: '{}' }) });
    const first = store.get();
    expect(store.get()).toBe(first);
    expect(reads).toBe(1);
    expect(store.getServer()).toBeNull();
  });
});
