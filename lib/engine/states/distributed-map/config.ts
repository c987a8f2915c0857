// Reads a Distributed Map's own fields once per Map Run, resolving their dynamic forms against the
// state's effective input: the JSONPath `...Path` fields (ToleratedFailureCountPath, MaxItemsPerBatchPath,
// ReaderConfig.MaxItemsPath ...), `.$` keys in ItemReader/ResultWriter Parameters and BatchInput, and the
// JSONata `{% %}` forms (Arguments, integer fields). Source: developer guide "Map state in Distributed
// mode", "ItemReader", "ItemBatcher", "ResultWriter".

import type { ExecutionType, JsonObject, JsonValue } from '../../types';
import type { ItemReader, MapState, ResultWriter } from '../../asl/states';
import { StatesError } from '../../errors';
import type { Visit } from '../../runtime/visit';
import { StatesEnv } from '../../runtime/dataflow-jsonata';
import { evaluateInteger, evaluatePercentage, evaluateTemplate } from '../../jsonata/fields';
import { isJsonataString } from '../../jsonata/detect';
import { queryPath } from '../../jsonpath';
import { queryVariablePath } from '../../variables/path';
import { resolvePayloadTemplate } from '../../payload-template';
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

/** A non-negative integer from a literal field, its `...Path` twin, or a JSONata expression. */
function integerField(visit: Visit<'Map'>, literal: number | string | undefined, path: string | undefined, field: string, effective: JsonValue, jsonata: boolean): number | undefined {
  if (jsonata && literal !== undefined && isJsonataString(literal)) {
    return evaluateInteger(literal, new StatesEnv(visit, effective), field, { min: 0 });
  }
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

function percentageField(visit: Visit<'Map'>, def: MapState, effective: JsonValue, jsonata: boolean): number | undefined {
  const literal = def.ToleratedFailurePercentage;
  if (jsonata && literal !== undefined && isJsonataString(literal)) {
    return evaluatePercentage(literal, new StatesEnv(visit, effective), 'ToleratedFailurePercentage');
  }
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
function parametersOf(visit: Visit<'Map'>, holder: ItemReader | ResultWriter, effective: JsonValue, jsonata: boolean, field: string): JsonObject {
  const template = (jsonata ? holder.Arguments : holder.Parameters) ?? holder.Parameters ?? holder.Arguments;
  if (template === undefined) return {};
  let value: JsonValue;
  if (jsonata) value = evaluateTemplate(template, new StatesEnv(visit, effective), `${field}.Arguments`);
  else {
    visit.input = effective;
    value = resolvePayloadTemplate(template, visit, `${field}.Parameters`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new StatesError(STATES_ERRORS.Runtime, `${field} ${jsonata ? 'Arguments' : 'Parameters'} must be an object, got ${jsonText(value)}.`);
  }
  return value;
}

function readerSpec(visit: Visit<'Map'>, effective: JsonValue, jsonata: boolean): ReaderSpec | undefined {
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
  const maxItems = integerField(visit, config.MaxItems, config.MaxItemsPath, 'MaxItems', effective, jsonata) ?? 0;
  return {
    resource: String(reader.Resource ?? ''),
    params: parametersOf(visit, reader, effective, jsonata, 'ItemReader'),
    inputType: typeof config.InputType === 'string' ? config.InputType : undefined,
    csvHeaderLocation: location,
    csvHeaders: headers,
    csvDelimiter: delimiter,
    maxItems,
  };
}

function batcherSpec(visit: Visit<'Map'>, effective: JsonValue, jsonata: boolean): BatcherSpec | undefined {
  const batcher = visit.state.def.ItemBatcher;
  if (batcher === undefined) return undefined;
  const maxItems = integerField(visit, batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath, 'MaxItemsPerBatch', effective, jsonata) ?? 0;
  const maxBytes = integerField(visit, batcher.MaxInputBytesPerBatch, batcher.MaxInputBytesPerBatchPath, 'MaxInputBytesPerBatch', effective, jsonata) ?? 0;
  let batchInput: JsonValue | undefined;
  if (batcher.BatchInput !== undefined) {
    if (jsonata) batchInput = evaluateTemplate(batcher.BatchInput, new StatesEnv(visit, effective), 'BatchInput');
    else {
      visit.input = effective;
      batchInput = resolvePayloadTemplate(batcher.BatchInput, visit, 'BatchInput');
    }
  }
  // AWS caps a batch at 256 KiB; with neither limit it batches by that size alone.
  return { maxItems, maxBytes: maxBytes === 0 ? visit.exec.payloadLimit : Math.min(maxBytes, visit.exec.payloadLimit), batchInput };
}

function writerSpec(visit: Visit<'Map'>, effective: JsonValue, jsonata: boolean): WriterSpec | undefined {
  const writer = visit.state.def.ResultWriter;
  if (writer === undefined) return undefined;
  const config = writer.WriterConfig;
  const hasTarget = writer.Resource !== undefined;
  const params = hasTarget ? parametersOf(visit, writer, effective, jsonata, 'ResultWriter') : {};
  let bucket: string | undefined;
  if (hasTarget) {
    if (typeof params.Bucket !== 'string' || params.Bucket === '') {
      throw new StatesError(STATES_ERRORS.ResultWriterFailed, `ResultWriter needs a Bucket name in its ${jsonata ? 'Arguments' : 'Parameters'}, got ${jsonText(params.Bucket ?? null)}.`);
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
  const jsonata = visit.state.queryLanguage === 'JSONata';
  const executionType: ExecutionType = def.ItemProcessor?.ProcessorConfig?.ExecutionType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
  return {
    executionType,
    label: typeof def.Label === 'string' ? def.Label : undefined,
    toleratedCount: integerField(visit, def.ToleratedFailureCount, def.ToleratedFailureCountPath, 'ToleratedFailureCount', effective, jsonata),
    toleratedPercentage: percentageField(visit, def, effective, jsonata),
    reader: readerSpec(visit, effective, jsonata),
    batcher: batcherSpec(visit, effective, jsonata),
    writer: writerSpec(visit, effective, jsonata),
  };
}
