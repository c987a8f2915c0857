// Where a sandbox's first text comes from: a shared link (the URL hash) beats the learner's saved edit,
// which beats the definition the page or lesson gave. Read from the browser once, after the sandbox mounts.
import { loadableFromExample } from './loadable';
import type { Loadable } from './sandbox-state';
import type { SandboxExample, SimulatedAccount } from '../types';
import { loadSaved, type SavedSandbox } from '../lib/storage';
import { DEFAULT_SEED, readShare, type SharedState } from '../lib/url-state';

export interface Boot {
  load: Loadable;
  notice: string;
  /** A shared link reproduces its run as soon as the engine has validated it. */
  autoRun: boolean;
}

export interface BootSource {
  shareInUrl: boolean;
  storageId: string;
  initial: Loadable;
  examples?: readonly SandboxExample[];
}

export interface BootBrowser {
  hash: () => string;
  saved: (id: string) => SavedSandbox | null;
}

const browser: BootBrowser = { hash: () => globalThis.location?.hash ?? '', saved: (id) => loadSaved(id) };

/** A link's simulated account: its example's (by id), or the world and mock config it carries. */
function sharedAccount(shared: SharedState, examples: readonly SandboxExample[] | undefined): { account: SimulatedAccount; problem?: string } {
  if (shared.example !== undefined) {
    const example = examples?.find((e) => e.id === shared.example);
    if (!example) return { account: {}, problem: `The link names the example “${shared.example}”, which this sandbox does not have, so it was not run.` };
    // An example's own budget applies; everything else about the run comes from the link.
    return { account: loadableFromExample(example).account };
  }
  return {
    account: {
      ...(shared.world !== undefined ? { world: shared.world as object } : {}),
      ...(shared.mocks !== undefined ? { mocks: shared.mocks as object } : {}),
      ...(shared.generatedWorld !== undefined ? { generatedWorld: shared.generatedWorld as unknown as SimulatedAccount['generatedWorld'] } : {}),
      ...(shared.maxTransitions !== undefined ? { maxTransitions: shared.maxTransitions } : {}),
    },
  };
}

/** The first text for a sandbox, or null when it should keep the one it was given. */
export function readBoot(source: BootSource, from: BootBrowser = browser): Boot | null {
  const link = source.shareInUrl ? readShare(from.hash()) : null;
  if (link?.ok) {
    const shared = link.state;
    const { account, problem } = sharedAccount(shared, source.examples);
    return {
      load: {
        definition: shared.definition,
        input: shared.input,
        settings: {
          type: shared.type ?? 'STANDARD',
          seed: shared.seed ?? DEFAULT_SEED,
          faults: shared.faults ?? '',
          testCase: shared.testCase ?? '',
          record: shared.record ?? true,
        },
        account,
      },
      notice: problem ?? 'Loaded from a shared link, and run.',
      autoRun: problem === undefined,
    };
  }
  const linkProblem = link && !link.ok ? `${link.problem} ` : '';
  const saved = from.saved(source.storageId);
  if (saved && (saved.definition !== source.initial.definition || saved.input !== source.initial.input)) {
    const example = saved.exampleId !== undefined ? source.examples?.find((e) => e.id === saved.exampleId) : undefined;
    return {
      load: {
        definition: saved.definition,
        input: saved.input,
        settings: saved.settings ?? source.initial.settings,
        account: example ? loadableFromExample(example).account : source.initial.account,
      },
      notice: `${linkProblem}Restored your last edit. Use Reset to get the original back.`,
      autoRun: false,
    };
  }
  return linkProblem ? { load: source.initial, notice: linkProblem.trim(), autoRun: false } : null;
}
