// ItemReader: where a Distributed Map's items come from when they are not in the state input.
//   arn:aws:states:::s3:listObjectsV2  -> one item per object under Bucket/Prefix ({Key, Size, ...})
//   arn:aws:states:::s3:getObject      -> the object's content, by ReaderConfig.InputType:
//       JSON (one JSON array), JSONL (JSON Lines), CSV (FIRST_ROW or GIVEN headers),
//       MANIFEST (an S3 Inventory manifest.json; its CSV data files are read in order).
// ReaderConfig.MaxItems caps the item count. Any failure is States.ItemReaderFailed with the reason.
// Source: developer guide "ItemReader (Map)".

import type { JsonObject, JsonValue } from '../../types';
import { StatesError } from '../../errors';
import type { Visit } from '../../runtime/visit';
import type { ReaderSpec } from './config';
import { readObjectText, s3Call, type S3Generator } from './s3';
import { arraySource, concatSources, csvSource, ItemSourceError, jsonArraySource, jsonLinesSource, type ItemSource } from './text-formats';
import { STATES_ERRORS } from '../../asl/errors';

const LIST = 'arn:aws:states:::s3:listObjectsV2';
const GET = 'arn:aws:states:::s3:getObject';

function fail(message: string): StatesError {
  return new StatesError(STATES_ERRORS.ItemReaderFailed, message);
}

function requireString(params: JsonObject, field: string, resource: string): string {
  const v = params[field];
  if (typeof v !== 'string' || v === '') throw fail(`ItemReader (${resource}) needs ${field} in its Parameters, got ${JSON.stringify(v ?? null)}.`);
  return v;
}

export function* openItemReader(visit: Visit, spec: ReaderSpec): S3Generator<ItemSource> {
  try {
    if (spec.resource === LIST) return yield* listSource(visit, spec);
    if (spec.resource !== GET) {
      throw fail(`ItemReader Resource ${JSON.stringify(spec.resource)} is not supported: use ${LIST} or ${GET}.`);
    }
    const bucket = requireString(spec.params, 'Bucket', GET);
    const key = requireString(spec.params, 'Key', GET);
    const where = `s3://${bucket}/${key}`;
    switch (spec.inputType) {
      case 'JSON':
        return jsonArraySource(yield* readObjectText(visit, bucket, key), where, spec.maxItems);
      case 'JSONL':
        return jsonLinesSource(yield* readObjectText(visit, bucket, key), where, spec.maxItems);
      case 'CSV':
        return csvSource(yield* readObjectText(visit, bucket, key), where, csvOptions(spec, spec.csvHeaderLocation === 'GIVEN' ? spec.csvHeaders : undefined));
      case 'MANIFEST':
        return yield* manifestSource(visit, spec, bucket, key);
      default:
        throw fail(`ItemReader ReaderConfig.InputType ${JSON.stringify(spec.inputType ?? null)} is not supported with ${GET}: use JSON, JSONL, CSV or MANIFEST.`);
    }
  } catch (e) {
    if (e instanceof ItemSourceError) throw fail(`ItemReader failed: ${e.message}`);
    throw e;
  }
}

function csvOptions(spec: ReaderSpec, headers: string[] | undefined) {
  return { ...(headers ? { headers } : {}), delimiter: spec.csvDelimiter, maxItems: spec.maxItems };
}

function* listSource(visit: Visit, spec: ReaderSpec): S3Generator<ItemSource> {
  const bucket = requireString(spec.params, 'Bucket', LIST);
  const prefix = typeof spec.params.Prefix === 'string' ? spec.params.Prefix : '';
  const out = yield* s3Call(visit, 'ItemReader', 'listObjectsV2', { Bucket: bucket, Prefix: prefix }, `list s3://${bucket}/${prefix}`);
  const contents = out !== null && typeof out === 'object' && !Array.isArray(out) ? out.Contents : undefined;
  const items = Array.isArray(contents) ? contents : [];
  return arraySource(spec.maxItems > 0 ? items.slice(0, spec.maxItems) : items);
}

/**
 * An S3 Inventory manifest: `{"destinationBucket": "arn:aws:s3:::inv", "fileFormat": "CSV",
 * "fileSchema": "Bucket, Key, Size", "files": [{"key": "..."}]}`. Each data-file row is one item keyed by
 * the schema's names. The simulated S3 stores the data files as plain CSV text (no gzip).
 */
function* manifestSource(visit: Visit, spec: ReaderSpec, bucket: string, key: string): S3Generator<ItemSource> {
  const where = `s3://${bucket}/${key}`;
  const text = yield* readObjectText(visit, bucket, key);
  let manifest: JsonValue;
  try {
    manifest = JSON.parse(text) as JsonValue;
  } catch {
    throw fail(`ItemReader failed: the manifest ${where} is not valid JSON.`);
  }
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) throw fail(`ItemReader failed: the manifest ${where} is not a JSON object.`);
  if (manifest.fileFormat !== undefined && manifest.fileFormat !== 'CSV') {
    throw fail(`ItemReader failed: the manifest ${where} has fileFormat ${JSON.stringify(manifest.fileFormat)}; only CSV inventories are supported.`);
  }
  if (typeof manifest.fileSchema !== 'string' || !Array.isArray(manifest.files)) {
    throw fail(`ItemReader failed: the manifest ${where} needs a "fileSchema" string and a "files" array.`);
  }
  const headers = manifest.fileSchema.split(',').map((h) => h.trim());
  const destination = typeof manifest.destinationBucket === 'string' ? manifest.destinationBucket.replace(/^arn:aws:s3:::/, '') : bucket;
  const parts: ItemSource[] = [];
  let total = 0;
  for (const file of manifest.files) {
    if (spec.maxItems > 0 && total >= spec.maxItems) break;
    const fileKey = file !== null && typeof file === 'object' && !Array.isArray(file) ? file.key : undefined;
    if (typeof fileKey !== 'string') throw fail(`ItemReader failed: an entry of "files" in ${where} has no "key".`);
    const body = yield* readObjectText(visit, destination, fileKey);
    const part = csvSource(body, `s3://${destination}/${fileKey}`, { headers, maxItems: spec.maxItems > 0 ? spec.maxItems - total : 0 });
    parts.push(part);
    total += part.total;
  }
  return concatSources(parts, spec.maxItems);
}
