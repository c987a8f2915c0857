// Names a definition, an input or a world chooses (state names, Types, field names, variable names, table
// and topic names...) are looked up as own properties only, so none of JavaScript's object-prototype names
// (`constructor`, `hasOwnProperty`, `toString`, `__proto__` ...) means anything special (issue 14).

const hasOwn = Object.prototype.hasOwnProperty;

/** `record[key]` when `key` is the record's own property; undefined otherwise (never an inherited member). */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && hasOwn.call(record, key) ? record[key] : undefined;
}

/** True when `key` is an own property of `record`. */
export function hasOwnKey(record: object | null | undefined, key: string): boolean {
  return record != null && hasOwn.call(record, key);
}

/**
 * `record[key] = value` that also works for the key `__proto__`, which a plain assignment would turn into a
 * change of the object's prototype instead of a property (JSON.parse keeps it as a property; so must we).
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  else record[key] = value;
}

/**
 * A shallow copy of a JSON object. Object.assign is the fast way, but it assigns, so a source's own
 * `__proto__` key would become the copy's prototype: such (rare) objects are copied key by key.
 */
export function copyObject<T>(source: Readonly<Record<string, T>>): Record<string, T> {
  if (!hasOwn.call(source, '__proto__')) return Object.assign({}, source);
  return assignOwn({}, source);
}

/** Object.assign for JSON data: every source key becomes an own property of `target`, `__proto__` included. */
export function assignOwn<T>(target: Record<string, T>, ...sources: Readonly<Record<string, T>>[]): Record<string, T> {
  for (const source of sources) for (const key of Object.keys(source)) setOwn(target, key, source[key]!);
  return target;
}
