// S3 in the simulated world: buckets of string objects. Distributed Map's ItemReader/ResultWriter read
// and write through these functions, so they take the world and plain arguments and never throw for a
// missing bucket on writes (the bucket is created) but report a missing object or bucket on reads.

import type { S3Object, World } from '../world';
import { hasOwnKey, own, setOwn } from '../../own';

export class S3Error extends Error {
  constructor(public readonly code: 'NoSuchBucket' | 'NoSuchKey', message: string) {
    super(message);
    this.name = 'S3Error';
  }
}

export function putObject(world: World, bucket: string, key: string, body: string, options: { contentType?: string; now?: number } = {}): S3Object {
  let target = own(world.s3.buckets, bucket);
  if (target === undefined) setOwn(world.s3.buckets, bucket, (target = { objects: {} }));
  const object: S3Object = { body };
  if (options.contentType !== undefined) object.contentType = options.contentType;
  if (options.now !== undefined) object.lastModified = options.now;
  setOwn(target.objects, key, object);
  return object;
}

export function getObject(world: World, bucket: string, key: string): S3Object {
  const target = own(world.s3.buckets, bucket);
  if (!target) throw new S3Error('NoSuchBucket', `The specified bucket does not exist: ${bucket}`);
  const object = own(target.objects, key);
  if (!object) throw new S3Error('NoSuchKey', `The specified key does not exist: s3://${bucket}/${key}`);
  return object;
}

/** Keys under a prefix, sorted as S3 lists them (UTF-8 binary order is close enough to code-unit order here). */
export function listObjects(world: World, bucket: string, prefix = ''): { key: string; object: S3Object }[] {
  const target = own(world.s3.buckets, bucket);
  if (!target) throw new S3Error('NoSuchBucket', `The specified bucket does not exist: ${bucket}`);
  return Object.keys(target.objects)
    .filter((key) => key.startsWith(prefix))
    .sort()
    .map((key) => ({ key, object: target.objects[key]! }));
}

export function deleteObject(world: World, bucket: string, key: string): boolean {
  const target = own(world.s3.buckets, bucket);
  if (!target || !(key in target.objects)) return false;
  if (hasOwnKey(target.objects, key)) delete target.objects[key];
  return true;
}
