// The last definition of each sandbox survives a reload (localStorage; quietly does nothing when blocked).

export interface SavedSandbox {
  definition: string;
  input: string;
}

const key = (id: string) => `stepwise:sandbox:${id}`;

export function loadSaved(id: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): SavedSandbox | null {
  try {
    const raw = storage?.getItem(key(id));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<SavedSandbox>;
    return typeof v.definition === 'string' ? { definition: v.definition, input: typeof v.input === 'string' ? v.input : '{}' } : null;
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
