// Simulated faults written the way a learner says them: "fail Glue 2 times with Glue.AWSGlueException".
// Each line becomes the services' declarative fault: fail the first N invocations of a state.

export interface FaultSpec {
  state: string;
  /** Inclusive invocation range, 0-based, as the mock-config format writes it: '0-1'. */
  invocations: string;
  throw: { Error: string; Cause?: string };
}

export interface FaultLine {
  state: string;
  times: number;
  error: string;
  cause?: string;
}

const LINE = /^fail\s+(?:"([^"]+)"|(\S+))\s+(?:(once|twice)|(\d+)\s+times?)\s+with\s+([^\s:]+)(?:\s*:\s*(.*))?$/i;

/** Parses one fault per line; blank lines and lines starting with # are ignored. */
export function parseFaults(text: string): { faults: FaultLine[]; errors: { line: number; message: string }[] } {
  const faults: FaultLine[] = [];
  const errors: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = LINE.exec(line);
    if (!m) {
      errors.push({ line: i + 1, message: `Line ${i + 1}: write it as "fail <state> <N> times with <Error>[: cause]"` });
      return;
    }
    const times = m[3] ? (m[3].toLowerCase() === 'once' ? 1 : 2) : Number(m[4]);
    if (!Number.isInteger(times) || times < 1 || times > 1000) {
      errors.push({ line: i + 1, message: `Line ${i + 1}: the number of failures must be between 1 and 1000` });
      return;
    }
    const fault: FaultLine = { state: m[1] ?? m[2]!, times, error: m[5]! };
    if (m[6]?.trim()) fault.cause = m[6].trim();
    faults.push(fault);
  });
  return { faults, errors };
}

export function formatFault(f: FaultLine): string {
  const state = /\s/.test(f.state) ? `"${f.state}"` : f.state;
  return `fail ${state} ${f.times} ${f.times === 1 ? 'time' : 'times'} with ${f.error}${f.cause ? `: ${f.cause}` : ''}`;
}

export function toFaultSpecs(lines: readonly FaultLine[]): FaultSpec[] {
  return lines.map((f) => {
    const spec: FaultSpec = {
      state: f.state,
      invocations: f.times === 1 ? '0' : `0-${f.times - 1}`,
      throw: { Error: f.error },
    };
    if (f.cause !== undefined) spec.throw.Cause = f.cause;
    return spec;
  });
}
