// Reads a Distributed Map's own fields once per Map Run, resolving their dynamic forms against the
// state's effective input: the JSONPath `...Path` fields (ToleratedFailureCountPath, MaxItemsPerBatchPath,
// ReaderConfig.MaxItemsPath ...), `.$` keys in ItemReader/ResultWriter Parameters and BatchInput, and the
// JSONata `{% %}` forms (Arguments, integer fields). Source: developer guide "Map state in Distributed
// mode", "ItemReader", "ItemBatcher", "ResultWriter".

import type { ExecutionType, JsonObject, JsonValue } from '../../types';
import type { ItemReader, MapState, ResultWriter } from '../../asl/states';
import { StatesError } from '../../errors';
import type { Visit } from '../../runtime/visit';
import { dataFlowFor, type DataFlow } from '../../runtime/dataflow';
import { queryPath } from '../../jsonpath';
import { queryVariablePath } from '../../variables/path';
import { jsonText } from '../../json-text';
import { STATES_ERRORS } from '../../asl/errors';

export function isDistributedMap(def: MapState): boolean {
  return def.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED';
}

export interface ReaderSpec {
  resource: string;
  params: JsonObject;
  inputType: string | undefined;
  csvHeaderLocation: 'FIRST_ROW' | 'GIVEN';
  csvHeaders: string[] | undefined;
  csvDelimiter: string;
  /** 0: no limit. */
  maxItems: number;
}

export interface BatcherSpec {
  maxItems: number;
  maxBytes: number;
  batchInput: JsonValue | undefined;
}

export interface WriterSpec {
  /** Undefined with WriterConfig alone: the results are formatted but stay in the state output. */
  bucket: string | undefined;
  prefix: string;
  transformation: 'NONE' | 'COMPACT' | 'FLATTEN';
  outputType: 'JSON' | 'JSONL';
}

export interface DistributedConfig {
  executionType: ExecutionType;
  label: string | undefined;
  toleratedCount: number | undefined;
  toleratedPercentage: number | undefined;
  reader: ReaderSpec | undefined;
  batcher: BatcherSpec | undefined;
  writer: WriterSpec | undefined;
}

const DELIMITERS: Record<string, string> = { COMMA: ',', PIPE: '|', SEMICOLON: ';', SPACE: ' ', TAB: '\t' };

function lookup(visit: Visit<'Map'>, path: string, data: JsonValue) {
  if (path.startsWith('$$')) return queryPath(path.slice(1), visit.context);
  return queryVariablePath(path, visit.variables) ?? queryPath(path, data);
}

/** A non-negative integer from a literal field, its `...Path` twin, or an expression of the state's language. */
function integerField(visit: Visit<'Map'>, literal: number | string | undefined, path: string | undefined, field: string, effective: JsonValue, flow: DataFlow): number | undefined {
  const evaluated = flow.numberExpression(visit, literal, effective, field, 'integer');
  if (evaluated !== undefined) return evaluated;
  if (typeof literal === 'number') return literal;
  if (typeof path !== 'string') return undefined;
  const r = lookup(visit, path, effective);
  const v = r.found ? r.value : undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    const shown = typeof v === 'string' ? v : jsonText(v ?? null);
    throw new StatesError(STATES_ERRORS.Runtime, `The ${field}Path field refers to value "${shown}" which is not a valid integer: ${path}`);
  }
  return v;
}

function percentageField(visit: Visit<'Map'>, def: MapState, effective: JsonValue, flow: DataFlow): number | undefined {
  const literal = def.ToleratedFailurePercentage;
  const evaluated = flow.numberExpression(visit, literal, effective, 'ToleratedFailurePercentage', 'percentage');
  if (evaluated !== undefined) return evaluated;
  if (typeof literal === 'number') return literal;
  const path = def.ToleratedFailurePercentagePath;
  if (typeof path !== 'string') return undefined;
  const r = lookup(visit, path, effective);
  const v = r.found ? r.value : undefined;
  if (typeof v !== 'number' || v < 0 || v > 100) {
    const shown = typeof v === 'string' ? v : jsonText(v ?? null);
    throw new StatesError(STATES_ERRORS.Runtime, `The ToleratedFailurePercentagePath field refers to value "${shown}" which is not a valid percentage (a number from 0 to 100): ${path}`);
  }
  return v;
}

/** Parameters (JSONPath, `.$` keys) or Arguments (JSONata) of ItemReader / ResultWriter. */
function parametersOf(visit: Visit<'Map'>, holder: ItemReader | ResultWriter, effective: JsonValue, flow: DataFlow, field: string): JsonObject {
  const template = holder[flow.templateField] ?? holder.Parameters ?? holder.Arguments;
  if (template === undefined) return {};
  const value = flow.template(visit, template, effective, `${field}.${flow.templateField}`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new StatesError(STATES_ERRORS.Runtime, `${field} ${flow.templateField} must be an object, got ${jsonText(value)}.`);
  }
  return value;
}

function readerSpec(visit: Visit<'Map'>, effective: JsonValue, flow: DataFlow): ReaderSpec | undefined {
  const reader = visit.state.def.ItemReader;
  if (reader === undefined) return undefined;
  const config = reader.ReaderConfig ?? {};
  const location = config.CSVHeaderLocation === 'GIVEN' ? 'GIVEN' : 'FIRST_ROW';
  const headers = Array.isArray(config.CSVHeaders) ? config.CSVHeaders : undefined;
  if (location === 'GIVEN' && (headers === undefined || headers.length === 0)) {
    throw new StatesError(STATES_ERRORS.ItemReaderFailed, 'ItemReader: CSVHeaderLocation GIVEN needs a non-empty CSVHeaders array.');
  }
  const delimiterName = typeof config.CSVDelimiter === 'string' ? config.CSVDelimiter : 'COMMA';
  const delimiter = DELIMITERS[delimiterName];
  if (delimiter === undefined) throw new StatesError(STATES_ERRORS.ItemReaderFailed, `ItemReader: unknown CSVDelimiter ${JSON.stringify(delimiterName)} (use COMMA, PIPE, SEMICOLON, SPACE or TAB).`);
  const maxItems = integerField(visit, config.MaxItems, config.MaxItemsPath, 'MaxItems', effective, flow) ?? 0;
  return {
    resource: String(reader.Resource ?? ''),
    params: parametersOf(visit, reader, effective, flow, 'ItemReader'),
    inputType: typeof config.InputType === 'string' ? config.InputType : undefined,
    csvHeaderLocation: location,
    csvHeaders: headers,
    csvDelimiter: delimiter,
    maxItems,
  };
}

function batcherSpec(visit: Visit<'Map'>, effective: JsonValue, flow: DataFlow): BatcherSpec | undefined {
  const batcher = visit.state.def.ItemBatcher;
  if (batcher === undefined) return undefined;
  const maxItems = integerField(visit, batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath, 'MaxItemsPerBatch', effective, flow) ?? 0;
  const maxBytes = integerField(visit, batcher.MaxInputBytesPerBatch, batcher.MaxInputBytesPerBatchPath, 'MaxInputBytesPerBatch', effective, flow) ?? 0;
  const batchInput = batcher.BatchInput === undefined ? undefined : flow.template(visit, batcher.BatchInput, effective, 'BatchInput');
  // AWS caps a batch at 256 KiB; with neither limit it batches by that size alone.
  return { maxItems, maxBytes: maxBytes === 0 ? visit.exec.payloadLimit : Math.min(maxBytes, visit.exec.payloadLimit), batchInput };
}

function writerSpec(visit: Visit<'Map'>, effective: JsonValue, flow: DataFlow): WriterSpec | undefined {
  const writer = visit.state.def.ResultWriter;
  if (writer === undefined) return undefined;
  const config = writer.WriterConfig;
  const hasTarget = writer.Resource !== undefined;
  const params = hasTarget ? parametersOf(visit, writer, effective, flow, 'ResultWriter') : {};
  let bucket: string | undefined;
  if (hasTarget) {
    if (typeof params.Bucket !== 'string' || params.Bucket === '') {
      throw new StatesError(STATES_ERRORS.ResultWriterFailed, `ResultWriter needs a Bucket name in its ${flow.templateField}, got ${jsonText(params.Bucket ?? null)}.`);
    }
    bucket = params.Bucket;
  }
  const transformation = config?.Transformation ?? (hasTarget ? 'NONE' : 'COMPACT');
  return {
    bucket,
    prefix: typeof params.Prefix === 'string' ? params.Prefix : '',
    transformation,
    outputType: config?.OutputType ?? 'JSON',
  };
}

export function readDistributedConfig(visit: Visit<'Map'>, effective: JsonValue): DistributedConfig {
  const def = visit.state.def;
  const flow = dataFlowFor(visit);
  const executionType: ExecutionType = def.ItemProcessor?.ProcessorConfig?.ExecutionType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
  return {
    executionType,
    label: typeof def.Label === 'string' ? def.Label : undefined,
    toleratedCount: integerField(visit, def.ToleratedFailureCount, def.ToleratedFailureCountPath, 'ToleratedFailureCount', effective, flow),
    toleratedPercentage: percentageField(visit, def, effective, flow),
    reader: readerSpec(visit, effective, flow),
    batcher: batcherSpec(visit, effective, flow),
    writer: writerSpec(visit, effective, flow),
  };
}
