// S3 objects a scenario asks for that are too many to write out (a million objects for a Distributed Map),
// built when grading starts. Item i is always the same, so every grading of a scenario sees the same data.
import type { GeneratedObjects } from '../content/scenario-schema';
import { putObject, type World } from '../engine/services/world';

/** The body of generated object i: a small JSON record. */
export function generatedBody(i: number): string {
  return `{"id":${i},"amount":${((i * 37) % 1000) + 1},"region":"${['eu', 'us', 'ap'][i % 3]}"}`;
}

export function generatedKey(prefix: string, i: number): string {
  return `${prefix}${String(i).padStart(7, '0')}.json`;
}

/** Adds the generated objects (and their CSV listing, bucket,key per line) to a world. */
export function addGeneratedObjects(world: World, specs: readonly GeneratedObjects[]): void {
  for (const spec of specs) {
    const lines: string[] = [];
    const write = spec.writeObjects !== false;
    for (let i = 0; i < spec.count; i++) {
      const key = generatedKey(spec.prefix, i);
      if (write) putObject(world, spec.bucket, key, generatedBody(i), { contentType: 'application/json' });
      if (spec.listing) lines.push(`${spec.bucket},${key}`);
    }
    if (spec.listing) putObject(world, spec.listing.bucket, spec.listing.key, `${lines.join('\n')}\n`, { contentType: 'text/csv' });
  }
}
