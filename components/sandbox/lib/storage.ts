// The last definition of each sandbox survives a reload (localStorage; quietly does nothing when blocked).
import type { RunSettingsState } from '../state/run-state';

export interface SavedSandbox {
  definition: string;
  input: string;
  /** The example the text started from (the page), so its world and mock config come back with it. */
  exampleId?: string;
  settings?: RunSettingsState;
}

const key = (id: string) => `stepwise:sandbox:${id}`;

function readSettings(v: unknown): RunSettingsState | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const s = v as Record<string, unknown>;
  if ((s.type !== 'STANDARD' && s.type !== 'EXPRESS') || typeof s.seed !== 'number' || typeof s.faults !== 'string' || typeof s.testCase !== 'string' || typeof s.record !== 'boolean') return undefined;
  return { type: s.type, seed: s.seed, faults: s.faults, testCase: s.testCase, record: s.record };
}

export function loadSaved(id: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): SavedSandbox | null {
  try {
    const raw = storage?.getItem(key(id));
    if (!raw) return null;
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (typeof v.definition !== 'string') return null;
    const saved: SavedSandbox = { definition: v.definition, input: typeof v.input === 'string' ? v.input : '{}' };
    if (typeof v.exampleId === 'string') saved.exampleId = v.exampleId;
    const settings = readSettings(v.settings);
    if (settings) saved.settings = settings;
    return saved;
  } catch {
    return null;
  }
}

export function save(id: string, value: SavedSandbox, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(key(id), JSON.stringify(value));
  } catch {
    // Private mode or a full quota: keeping the text is a convenience, not a promise.
  }
}

export function forget(id: string, storage: Pick<Storage, 'removeItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(key(id));
  } catch {
    // ignore
  }
}
