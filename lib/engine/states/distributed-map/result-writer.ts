// ResultWriter: the children's results, grouped by status into SUCCEEDED_n / FAILED_n / PENDING_n files
// under <Prefix>/<map run id>/ plus a manifest.json that lists them, written to S3 as AWS writes them.
// WriterConfig.Transformation picks each record's shape: NONE (the child's metadata with Input/Output as
// JSON text; the default when exporting), COMPACT (the child's output), FLATTEN (COMPACT with array outputs
// spread). A failed child is always written as its NONE record. OutputType JSON writes one array per file,
// JSONL one record per line. Source: developer guide "ResultWriter (Map)".

import type { ExecutionType, JsonObject, JsonValue } from '../../types';
import type { Visit } from '../../runtime/visit';
import { jsonText } from '../../json-text';
import type { ChildRun } from './child-execution';
import type { WriterSpec } from './config';
import { writeObjectText, type S3Generator } from './s3';

/** AWS starts a new result file past 5 GB. */
export const RESULT_FILE_MAX_BYTES = 5 * 1024 * 1024 * 1024;

export type ResultStatus = 'SUCCEEDED' | 'FAILED' | 'PENDING';

/** The NONE-shaped record of one finished child. */
export function childRecord(run: ChildRun, input: JsonValue, type: ExecutionType, stateMachineArn: string): JsonObject {
  const record: JsonObject = {
    ExecutionArn: run.arn,
    Input: jsonText(input),
    InputDetails: { Included: true },
    Name: run.name,
  };
  if (run.status === 'SUCCEEDED') {
    record.Output = jsonText(run.output ?? null);
    record.OutputDetails = { Included: true };
  } else {
    if (run.error !== undefined) record.Error = run.error;
    if (run.cause !== undefined) record.Cause = run.cause;
  }
  if (type === 'STANDARD') {
    record.RedriveCount = 0;
    record.RedriveStatus = run.status === 'SUCCEEDED' ? 'NOT_REDRIVABLE' : 'REDRIVABLE';
    if (run.status === 'SUCCEEDED') record.RedriveStatusReason = 'Execution is SUCCEEDED and cannot be redriven';
  }
  record.StartDate = new Date(run.startMs).toISOString();
  record.StateMachineArn = stateMachineArn;
  record.Status = run.status;
  record.StopDate = new Date(run.endMs).toISOString();
  return record;
}

/** A child that never started because the Map Run stopped first. */
export function pendingRecord(input: JsonValue): JsonObject {
  return { Input: jsonText(input), InputDetails: { Included: true }, Status: 'PENDING' };
}

/** The records one finished child contributes under a transformation (FLATTEN may give several). */
export function recordsOf(run: ChildRun, input: JsonValue, transformation: WriterSpec['transformation'], type: ExecutionType, stateMachineArn: string): JsonValue[] {
  if (run.status !== 'SUCCEEDED' || transformation === 'NONE') return [childRecord(run, input, type, stateMachineArn)];
  const output = run.output ?? null;
  if (transformation === 'FLATTEN' && Array.isArray(output)) return output;
  return [output];
}

interface FileText {
  /** Joined runs of pieces: a million small strings would make every old-generation GC walk them all. */
  chunks: string[];
  pieces: string[];
  bytes: number;
}

const PIECES_PER_CHUNK = 2048;

/** Collects record texts per status and cuts them into files of at most `maxBytes`. */
export class ResultFiles {
  private readonly open: Record<ResultStatus, FileText | undefined> = { SUCCEEDED: undefined, FAILED: undefined, PENDING: undefined };
  readonly done: Record<ResultStatus, string[]> = { SUCCEEDED: [], FAILED: [], PENDING: [] };
  written = 0;
  private readonly separator: string;

  constructor(
    private readonly outputType: WriterSpec['outputType'],
    private readonly maxBytes = RESULT_FILE_MAX_BYTES,
  ) {
    this.separator = outputType === 'JSONL' ? '\n' : ',';
  }

  add(status: ResultStatus, record: JsonValue): void {
    const text = jsonText(record);
    let file = this.open[status];
    if (file !== undefined && file.bytes + text.length + 1 > this.maxBytes) {
      this.close(status);
      file = undefined;
    }
    if (file === undefined) {
      file = { chunks: [], pieces: [], bytes: 2 };
      this.open[status] = file;
    }
    file.pieces.push(text);
    if (file.pieces.length === PIECES_PER_CHUNK) {
      file.chunks.push(file.pieces.join(this.separator));
      file.pieces = [];
    }
    file.bytes += text.length + 1;
    this.written++;
  }

  private close(status: ResultStatus): void {
    const file = this.open[status];
    if (file === undefined) return;
    if (file.pieces.length > 0) file.chunks.push(file.pieces.join(this.separator));
    const body = file.chunks.join(this.separator);
    this.done[status].push(this.outputType === 'JSONL' ? body + '\n' : '[' + body + ']');
    this.open[status] = undefined;
  }

  /** The finished file texts by status. */
  finish(): Record<ResultStatus, string[]> {
    this.close('SUCCEEDED');
    this.close('FAILED');
    this.close('PENDING');
    return this.done;
  }
}

export function manifestKey(prefix: string, runId: string): string {
  return `${joinPrefix(prefix, runId)}/manifest.json`;
}

function joinPrefix(prefix: string, runId: string): string {
  if (prefix === '') return runId;
  return prefix.endsWith('/') ? prefix + runId : `${prefix}/${runId}`;
}

/** Writes the result files and the manifest; returns the manifest's key. */
export function* writeResultFiles(visit: Visit, spec: WriterSpec, runId: string, mapRunArn: string, files: ResultFiles): S3Generator<string> {
  const bucket = spec.bucket!;
  const base = joinPrefix(spec.prefix, runId);
  const texts = files.finish();
  const extension = spec.outputType === 'JSONL' ? 'jsonl' : 'json';
  const listed: Record<ResultStatus, JsonObject[]> = { FAILED: [], PENDING: [], SUCCEEDED: [] };
  for (const status of ['SUCCEEDED', 'FAILED', 'PENDING'] as const) {
    const list = texts[status];
    for (let n = 0; n < list.length; n++) {
      const key = `${base}/${status}_${n}.${extension}`;
      yield* writeObjectText(visit, bucket, key, list[n]!);
      listed[status].push({ Key: key, Size: list[n]!.length });
      list[n] = '';
    }
  }
  const manifest = {
    DestinationBucket: bucket,
    MapRunArn: mapRunArn,
    ResultFiles: { FAILED: listed.FAILED, PENDING: listed.PENDING, SUCCEEDED: listed.SUCCEEDED },
  };
  const key = `${base}/manifest.json`;
  yield* writeObjectText(visit, bucket, key, JSON.stringify(manifest));
  return key;
}
