// Agreement with AWS: ../shared/conformance/validation.jsonl holds 116 definitions AWS rejected or accepted
// (with its error code and message); cases.jsonl holds 662 definitions AWS accepted and ran. We must
// reject what AWS rejected, accept what it accepted, and use AWS's error code family where it names one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../parse/index';
import { validateDefinition } from './index';

const dir = new URL('../../../../shared/conformance/', import.meta.url);
interface Case {
  id: string;
  definition: unknown;
  stateMachineType?: string;
  expected: { valid?: boolean; message?: string; diagnostics?: { code: string; location?: string }[] };
}

const load = (name: string) =>
  readFileSync(new URL(name, dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);

/**
 * Recorded definitions we do not agree with AWS on, and why. Empty today: every one of the 116 matches.
 * Keep it exact: the test fails both when a new disagreement appears and when a listed one is fixed.
 */
const KNOWN_MISMATCHES: { id: string; reason: string }[] = [];

/** Agreement we reached (valid/invalid), in cases; the assertion is this threshold. */
const REACHED = 116;

function diagnosticsFor(c: Case) {
  const type = c.stateMachineType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
  return typeof c.definition === 'string' ? parseDefinition(c.definition, { type }).diagnostics : validateDefinition(c.definition, { type });
}

/** AWS's code: from ValidateStateMachineDefinition diagnostics, or the "CODE: message" inside CreateStateMachine's error. */
function awsCode(c: Case): string | undefined {
  const e = c.expected;
  return e.diagnostics?.[0]?.code ?? /'([A-Z_]+): /.exec(e.message ?? '')?.[1];
}

describe('validation.jsonl: agreement with AWS', () => {
  const cases = load('validation.jsonl');

  it('agrees with AWS on valid/invalid', () => {
    const mismatches: string[] = [];
    for (const c of cases) {
      const errs = diagnosticsFor(c).filter((d) => d.severity === 'error');
      if ((errs.length === 0) !== c.expected.valid) mismatches.push(c.id);
    }
    const agree = cases.length - mismatches.length;
    console.log(`validation.jsonl agreement: ${agree}/${cases.length} (${((100 * agree) / cases.length).toFixed(1)}%)`);
    expect(cases.length).toBe(116);
    expect(agree).toBeGreaterThanOrEqual(REACHED);
    expect(mismatches.sort()).toEqual(KNOWN_MISMATCHES.map((m) => m.id).sort());
  });

  it("uses AWS's error code where AWS names one", () => {
    let named = 0;
    const wrong: string[] = [];
    for (const c of cases) {
      const code = awsCode(c);
      if (c.expected.valid || !code) continue;
      named++;
      const codes = diagnosticsFor(c).filter((d) => d.severity === 'error').map((d) => d.code);
      if (!codes.includes(code)) wrong.push(`${c.id}: AWS ${code}, ours ${codes.join(',')}`);
    }
    console.log(`validation.jsonl code agreement: ${named - wrong.length}/${named}`);
    expect(named).toBe(23);
    expect(wrong).toEqual([]);
  });

  it("puts AWS's location in the diagnostic path", () => {
    for (const c of cases) {
      const loc: string | undefined = c.expected.diagnostics?.[0]?.location;
      if (!loc || !loc.startsWith('/') || c.expected.valid) continue;
      const paths = diagnosticsFor(c).map((d) => '/' + d.path.join('/'));
      expect(paths.some((p) => p === loc || p.startsWith(loc === '/' ? '/' : loc + '/'))).toBe(true);
    }
  });
});

describe('cases.jsonl: definitions AWS accepted and ran', () => {
  it('raises no error on any of them', () => {
    const cases = load('cases.jsonl');
    const flagged: string[] = [];
    for (const c of cases) {
      const errs = validateDefinition(c.definition).filter((d) => d.severity === 'error');
      if (errs.length > 0) flagged.push(`${c.id}: ${errs[0]!.message}`);
    }
    console.log(`cases.jsonl: ${cases.length - flagged.length}/${cases.length} accepted without errors`);
    expect(cases.length).toBe(662);
    expect(flagged).toEqual([]);
  });
});
