// Map states: the item source (ItemsPath / Items / ItemReader), ItemSelector (or legacy Parameters),
// ItemProcessor (or legacy Iterator) with its ProcessorConfig, MaxConcurrency, and the Distributed-only
// fields: ItemReader, ItemBatcher, ResultWriter, ToleratedFailure*, Label.
import { has, isObj, typeName, type Obj, type Path, type Reporter, type StateScope } from '../context';
import { at, checkJsonataString, expectEnum, expectInteger, expectNumber, expectObject, expectPath, expectString } from '../checks';
import { looksLikeExpression } from '../syntax';
import { didYouMean } from '../suggest';
import { PROCESSOR_CONFIG_FIELDS } from '../../asl/fields';
import { exclusive } from './exclusive';
import { checkTemplate } from './templates';

// AWS accepts ToleratedFailure* on an inline Map too (recorded executions show it), so they are not listed.
const DISTRIBUTED_ONLY = ['ItemReader', 'ItemBatcher', 'ResultWriter', 'Label'];
// Characters AWS does not allow in a Map Run label (the same set as in execution names).
const LABEL_BAD = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/;

export function mapMode(state: Obj): 'INLINE' | 'DISTRIBUTED' {
  const p = state.ItemProcessor;
  return isObj(p) && isObj(p.ProcessorConfig) && p.ProcessorConfig.Mode === 'DISTRIBUTED' ? 'DISTRIBUTED' : 'INLINE';
}

export function checkMap(reporter: Reporter, s: StateScope): void {
  const r = reporter.as('map');
  const st = s.state;
  const where = `Map state '${s.name}'`;
  const f = (k: string) => at(r, [...s.path, k], `Field '${k}' of state '${s.name}'`, s.language);
  exclusive(r, st, s.path, ['ItemProcessor', 'Iterator'], where);
  exclusive(r, st, s.path, ['ItemSelector', 'Parameters'], where);
  exclusive(r, st, s.path, ['MaxConcurrency', 'MaxConcurrencyPath'], where);
  exclusive(r, st, s.path, ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'], where);
  exclusive(r, st, s.path, ['ToleratedFailureCount', 'ToleratedFailureCountPath'], where);
  exclusive(r, st, s.path, ['ItemsPath', 'ItemReader'], where);
  exclusive(r, st, s.path, ['Items', 'ItemReader'], where);

  if (has(st, 'ItemProcessor') && expectObject(f('ItemProcessor'), st.ItemProcessor)) checkProcessorConfig(r, s, st.ItemProcessor as Obj);
  if (has(st, 'Iterator')) expectObject(f('Iterator'), st.Iterator);
  const mode = mapMode(st);
  if (mode === 'INLINE') {
    for (const k of DISTRIBUTED_ONLY) {
      if (has(st, k)) r.error([...s.path, k], `Field '${k}' of ${where} only applies to a Distributed Map; set "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"} in its ItemProcessor, or remove it`, 'SCHEMA_VALIDATION_FAILED', true);
    }
  }
  if (has(st, 'ItemsPath')) expectPath(f('ItemsPath'), st.ItemsPath, 'reference');
  if (has(st, 'Items') && s.language === 'JSONata') {
    const v = st.Items;
    if (typeof v === 'string' && looksLikeExpression(v)) checkJsonataString(f('Items'), v);
    else if (Array.isArray(v)) checkTemplate(r, [...s.path, 'Items'], v, 'JSONata', `the Items of ${where}`);
    else r.error([...s.path, 'Items'], `Field 'Items' of ${where} must be an array or a {% ... %} expression that yields one, not ${typeName(v)}`);
  }
  if (has(st, 'ItemSelector')) checkTemplate(r, [...s.path, 'ItemSelector'], st.ItemSelector, s.language, `the ItemSelector of ${where}`);
  if (has(st, 'MaxConcurrency')) expectInteger(f('MaxConcurrency'), st.MaxConcurrency, 0);
  if (has(st, 'ToleratedFailurePercentage')) expectNumber(f('ToleratedFailurePercentage'), st.ToleratedFailurePercentage, 0, 100);
  if (has(st, 'ToleratedFailureCount')) expectInteger(f('ToleratedFailureCount'), st.ToleratedFailureCount, 0);
  for (const k of ['MaxConcurrencyPath', 'ToleratedFailurePercentagePath', 'ToleratedFailureCountPath']) {
    if (has(st, k)) expectPath(f(k), st[k], 'reference');
  }
  if (has(st, 'Label')) checkLabel(r, s, st.Label);
  if (has(st, 'ItemReader') && expectObject(f('ItemReader'), st.ItemReader)) checkReader(r, s, st.ItemReader as Obj);
  if (has(st, 'ItemBatcher') && expectObject(f('ItemBatcher'), st.ItemBatcher)) checkBatcher(r, s, st.ItemBatcher as Obj);
  if (has(st, 'ResultWriter') && expectObject(f('ResultWriter'), st.ResultWriter)) checkWriter(r, s, st.ResultWriter as Obj);
}

function checkProcessorConfig(r: Reporter, s: StateScope, proc: Obj): void {
  if (!has(proc, 'ProcessorConfig')) return;
  const path = [...s.path, 'ItemProcessor', 'ProcessorConfig'];
  const pc = proc.ProcessorConfig;
  if (!expectObject(at(r, path, `ProcessorConfig of Map state '${s.name}'`, s.language), pc)) return;
  for (const k of Object.keys(pc)) {
    if (!PROCESSOR_CONFIG_FIELDS.includes(k)) r.error([...path, k], `Field '${k}' is not supported in ProcessorConfig of Map state '${s.name}'; it takes 'Mode' and 'ExecutionType'.${didYouMean(k, PROCESSOR_CONFIG_FIELDS)}`, 'SCHEMA_VALIDATION_FAILED', true);
  }
  if (has(pc, 'Mode')) expectEnum(at(r, [...path, 'Mode'], `ProcessorConfig.Mode of Map state '${s.name}'`, s.language), pc.Mode, ['INLINE', 'DISTRIBUTED']);
  if (pc.Mode === 'DISTRIBUTED') {
    if (!has(pc, 'ExecutionType')) r.error(path, `A Distributed Map needs ProcessorConfig.ExecutionType ('STANDARD' or 'EXPRESS'): it runs each batch of items as a child workflow of that type,`);
    else expectEnum(at(r, [...path, 'ExecutionType'], `ProcessorConfig.ExecutionType of Map state '${s.name}'`, s.language), pc.ExecutionType, ['STANDARD', 'EXPRESS']);
  } else if (has(pc, 'ExecutionType')) {
    r.error([...path, 'ExecutionType'], `ProcessorConfig.ExecutionType of Map state '${s.name}' only applies in DISTRIBUTED mode; an inline Map runs its iterations inside the parent execution`, 'SCHEMA_VALIDATION_FAILED', true);
  }
}

function checkLabel(r: Reporter, s: StateScope, v: unknown): void {
  const path = [...s.path, 'Label'];
  if (typeof v !== 'string') {
    r.error(path, `Label of Map state '${s.name}' must be a string, not ${typeName(v)}`);
    return;
  }
  if (v.length === 0) r.error(path, `Label of Map state '${s.name}' cannot be empty`);
  else if (v.length > 40) r.error(path, `Label of Map state '${s.name}' cannot exceed 40 characters (it has ${v.length}); it becomes part of the Map Run's name`);
  const bad = LABEL_BAD.exec(v);
  if (bad) {
    const c = bad[0];
    const shown = /[\u0000-\u0020\u007f-\u009f]/.test(c) ? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `'${c}'`;
    r.error(path, `Label of Map state '${s.name}' contains invalid character: ${shown}. Labels may not contain whitespace, brackets, wildcards, control characters or any of " # % \\ ^ | ~ \` $ & , ; : /`);
  }
}

function unknownKeys(r: Reporter, obj: Obj, path: Path, allowed: string[], where: string): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) r.error([...path, k], `Field '${k}' is not supported in ${where}.${didYouMean(k, allowed)}`, 'SCHEMA_VALIDATION_FAILED', true);
  }
}

function checkResourceAndParams(r: Reporter, s: StateScope, obj: Obj, path: Path, where: string): void {
  if (!has(obj, 'Resource')) r.error(path, `${where} needs a 'Resource' (e.g. "arn:aws:states:::s3:getObject")`);
  else expectString(at(r, [...path, 'Resource'], `Resource of ${where}`, s.language), obj.Resource, { nonEmpty: true });
  const key = s.language === 'JSONata' ? 'Arguments' : 'Parameters';
  if (has(obj, key)) {
    const v = obj[key];
    if (typeof v === 'string' && looksLikeExpression(v) && s.language === 'JSONata') checkJsonataString(at(r, [...path, key], `${key} of ${where}`, 'JSONata'), v);
    else if (expectObject(at(r, [...path, key], `${key} of ${where}`, s.language), v)) checkTemplate(r, [...path, key], v, s.language, `the ${key} of ${where}`);
  }
}

function checkReader(r: Reporter, s: StateScope, reader: Obj): void {
  const path = [...s.path, 'ItemReader'];
  const where = `the ItemReader of Map state '${s.name}'`;
  unknownKeys(r, reader, path, ['Resource', 'ReaderConfig', s.language === 'JSONata' ? 'Arguments' : 'Parameters'], where);
  checkResourceAndParams(r, s, reader, path, where);
  if (!has(reader, 'ReaderConfig')) return;
  const cpath = [...path, 'ReaderConfig'];
  const rc = reader.ReaderConfig;
  if (!expectObject(at(r, cpath, `ReaderConfig of ${where}`, s.language), rc)) return;
  unknownKeys(r, rc, cpath, ['InputType', 'CSVHeaderLocation', 'CSVHeaders', 'CSVDelimiter', 'MaxItems', 'MaxItemsPath', 'ManifestType'], `ReaderConfig of ${where}`);
  const f = (k: string) => at(r, [...cpath, k], `ReaderConfig.${k} of ${where}`, s.language);
  if (has(rc, 'InputType')) expectEnum(f('InputType'), rc.InputType, ['CSV', 'JSON', 'JSONL', 'MANIFEST', 'PARQUET']);
  if (has(rc, 'CSVHeaderLocation')) expectEnum(f('CSVHeaderLocation'), rc.CSVHeaderLocation, ['FIRST_ROW', 'GIVEN']);
  if (rc.CSVHeaderLocation === 'GIVEN' && !Array.isArray(rc.CSVHeaders)) r.error(cpath, `ReaderConfig of ${where} has CSVHeaderLocation GIVEN, so it needs CSVHeaders: the list of column names`);
  if (has(rc, 'CSVDelimiter')) expectEnum(f('CSVDelimiter'), rc.CSVDelimiter, ['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB']);
  if (has(rc, 'MaxItems')) expectInteger(f('MaxItems'), rc.MaxItems, 0, 100000000);
  if (has(rc, 'MaxItemsPath')) expectPath(f('MaxItemsPath'), rc.MaxItemsPath, 'reference');
  exclusive(r, rc, cpath, ['MaxItems', 'MaxItemsPath'], `ReaderConfig of ${where}`);
}

function checkBatcher(r: Reporter, s: StateScope, b: Obj): void {
  const path = [...s.path, 'ItemBatcher'];
  const where = `the ItemBatcher of Map state '${s.name}'`;
  unknownKeys(r, b, path, ['MaxItemsPerBatch', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath', 'BatchInput'], where);
  const f = (k: string) => at(r, [...path, k], `${k} of ${where}`, s.language);
  if (!['MaxItemsPerBatch', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'].some((k) => has(b, k))) {
    r.error(path, `${where} needs at least one of MaxItemsPerBatch or MaxInputBytesPerBatch (or their Path forms)`);
  }
  exclusive(r, b, path, ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'], where);
  exclusive(r, b, path, ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'], where);
  if (has(b, 'MaxItemsPerBatch')) expectInteger(f('MaxItemsPerBatch'), b.MaxItemsPerBatch, 1);
  if (has(b, 'MaxInputBytesPerBatch')) expectInteger(f('MaxInputBytesPerBatch'), b.MaxInputBytesPerBatch, 1, 262144);
  for (const k of ['MaxItemsPerBatchPath', 'MaxInputBytesPerBatchPath']) if (has(b, k)) expectPath(f(k), b[k], 'reference');
  if (has(b, 'BatchInput')) checkTemplate(r, [...path, 'BatchInput'], b.BatchInput, s.language, `the BatchInput of ${where}`);
}

function checkWriter(r: Reporter, s: StateScope, w: Obj): void {
  const path = [...s.path, 'ResultWriter'];
  const where = `the ResultWriter of Map state '${s.name}'`;
  unknownKeys(r, w, path, ['Resource', 'WriterConfig', s.language === 'JSONata' ? 'Arguments' : 'Parameters'], where);
  if (has(w, 'Resource') || !has(w, 'WriterConfig')) checkResourceAndParams(r, s, w, path, where);
  if (!has(w, 'WriterConfig')) return;
  const cpath = [...path, 'WriterConfig'];
  const wc = w.WriterConfig;
  if (!expectObject(at(r, cpath, `WriterConfig of ${where}`, s.language), wc)) return;
  unknownKeys(r, wc, cpath, ['OutputType', 'Transformation'], `WriterConfig of ${where}`);
  if (has(wc, 'OutputType')) expectEnum(at(r, [...cpath, 'OutputType'], `WriterConfig.OutputType of ${where}`, s.language), wc.OutputType, ['JSON', 'JSONL']);
  if (has(wc, 'Transformation')) expectEnum(at(r, [...cpath, 'Transformation'], `WriterConfig.Transformation of ${where}`, s.language), wc.Transformation, ['NONE', 'COMPACT', 'FLATTEN']);
}
