// Simulated faults written the way a person says them, one per line: "fail Glue 2 times with
// Glue.AWSGlueException: busy". Each line becomes a fault rule that fails the first N invocations of a
// state (retries count as invocations). Lessons write their sandboxes' `faults` this way and the content
// check and the sandbox (components/sandbox/lib/faults.ts) both parse them here.
import type { FaultRule } from './faults';

export interface FaultLine {
  state: string;
  times: number;
  error: string;
  cause?: string;
}

export interface FaultLineError {
  /** 1-based line of the text. */
  line: number;
  message: string;
}

/** One fault line's grammar (the sandbox matches lines with it to place its own checks). */
export const FAULT_LINE = /^fail\s+(?:"([^"]+)"|(\S+))\s+(?:(once|twice)|(\d+)\s+times?)\s+with\s+([^\s:]+)(?:\s*:\s*(.*))?$/i;

/** Parses one fault per line; blank lines and lines starting with # are ignored. */
export function parseFaultLines(text: string): { faults: FaultLine[]; errors: FaultLineError[] } {
  const faults: FaultLine[] = [];
  const errors: FaultLineError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = FAULT_LINE.exec(line);
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

/** The services' fault rules for parsed lines: the first `times` invocations (0-based, inclusive) throw. */
export function faultRulesFromLines(lines: readonly FaultLine[]): FaultRule[] {
  return lines.map((f) => ({
    state: f.state,
    invocations: f.times === 1 ? '0' : `0-${f.times - 1}`,
    throw: f.cause === undefined ? { Error: f.error } : { Error: f.error, Cause: f.cause },
  }));
}
