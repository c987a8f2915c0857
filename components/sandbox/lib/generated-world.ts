// S3 objects an example asks the worker to build at run time. A million-item input is ~37 MB of JSON: too
// big to ship in the bundle or to copy through postMessage, and quick to generate where it is used.
/** `million-items`: a JSON array of `count` orders (default 1,000,000) at s3://bucket/key. */
export interface GeneratedWorld {
  kind: 'million-items';
  bucket: string;
  key: string;
  count?: number;
}

export interface GeneratedObject {
  bucket: string;
  key: string;
  body: string;
}

export const MILLION = 1_000_000;
/** Generating more than this would not fit in a browser tab's memory. */
export const MAX_GENERATED_ITEMS = 2_000_000;

/** One order of the generated array; item i is always the same, so runs are reproducible. */
export function generatedItem(i: number): { orderId: string; sku: string; qty: number } {
  return { orderId: `order-${i}`, sku: `SKU-${i % 9973}`, qty: (i % 7) + 1 };
}

/** The JSON text of `count` items, built in chunks so it leaves little garbage behind. */
export function itemsText(count: number): string {
  const chunks: string[] = [];
  for (let start = 0; start < count; start += 10_000) {
    const parts: string[] = [];
    const end = Math.min(count, start + 10_000);
    for (let i = start; i < end; i++) parts.push(`{"orderId":"order-${i}","sku":"SKU-${i % 9973}","qty":${(i % 7) + 1}}`);
    chunks.push(parts.join(','));
  }
  return '[' + chunks.join(',') + ']';
}

/** Checks a spec that crossed from the page (plain data, so it may be anything) and expands it. */
export function expandGeneratedWorld(value: unknown): { objects: GeneratedObject[]; problem?: string } {
  if (value === undefined || value === null) return { objects: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return { objects: [], problem: 'generatedWorld must be an object like { "kind": "million-items", "bucket": "...", "key": "..." }.' };
  const spec = value as Record<string, unknown>;
  if (spec.kind !== 'million-items') return { objects: [], problem: `generatedWorld.kind: unknown kind ${JSON.stringify(spec.kind)}; the only one is "million-items".` };
  if (typeof spec.bucket !== 'string' || !spec.bucket) return { objects: [], problem: 'generatedWorld.bucket: expected a bucket name.' };
  if (typeof spec.key !== 'string' || !spec.key) return { objects: [], problem: 'generatedWorld.key: expected an object key.' };
  const count = spec.count ?? MILLION;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_GENERATED_ITEMS) {
    return { objects: [], problem: `generatedWorld.count: expected a whole number from 0 to ${MAX_GENERATED_ITEMS.toLocaleString('en-US')}, got ${JSON.stringify(count)}.` };
  }
  return { objects: [{ bucket: spec.bucket, key: spec.key, body: itemsText(count) }] };
}
