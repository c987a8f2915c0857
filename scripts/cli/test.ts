// `sfn test <definition> --mock-config <file> [--state-machine <name>] [--world <file>] [--input <file|JSON>]
//  [--json] [--budget <seconds>]`: runs the definition once per test case (each in a bounded worker, with the
// budget for each run) of the mock config (Step Functions Local's format) and
// prints a table of outcomes. Exit code 1 when a test case makes an invocation its mocks do not cover (the
// run fails there, as in Step Functions Local) or the files are invalid; a FAILED execution is an outcome,
// not an error.

import { existsSync, readFileSync } from 'node:fs';
import { validateDefinition } from '../../lib/engine';
import type { ExecutionResult, JsonValue } from '../../lib/engine';
import { resolveStateMachineName, testCaseNames, type UncoveredInvocation } from '../../lib/engine/services';
import type { CliCommand } from './types';
import { parseArgs } from './args';
import { formatDiagnostic, loadDefinition } from './load';
import { loadSimulation, serviceOptionsFor, siblingInput } from './simulate';
import { BUDGET_USAGE, budgetFrom, budgetNote, runExecution } from './bounded';

export interface TestCaseOutcome {
  testCase: string;
  result: ExecutionResult;
  uncovered: UncoveredInvocation[];
  /** SNS messages published during the run, by topic (what alerts went out). */
  published: Record<string, number>;
}

/** A test case the bounded worker had to stop (no result to show). */
interface StoppedCase {
  testCase: string;
  message: string;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

export const testCommand: CliCommand = {
  name: 'test',
  usage: `test <file> --mock-config <file> [--state-machine <name>] [--world <file>] [--json] ${BUDGET_USAGE}`,
  summary: 'run every test case of a Step Functions Local mock config and print a table of outcomes',
  async main(args) {
    const { positional, flags } = parseArgs(args, ['json']);
    const file = positional[0];
    if (!file || typeof flags['mock-config'] !== 'string') {
      process.stderr.write(`usage: sfn ${this.usage}\n`);
      return 2;
    }
    const { definition, diagnostics } = loadDefinition(file);
    const errors = [...diagnostics, ...(definition ? validateDefinition(definition) : [])].filter((d) => d.severity === 'error');
    if (!definition || errors.length > 0) {
      for (const d of errors) process.stderr.write(formatDiagnostic(file, d) + '\n');
      return 1;
    }
    const budgetMs = budgetFrom(flags);
    if (budgetMs instanceof Error) {
      process.stderr.write(`${budgetMs.message}\n`);
      return 2;
    }
    let sim;
    try {
      sim = loadSimulation(flags, file);
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      return 2;
    }
    const machine = resolveStateMachineName(sim.mockConfig!, typeof flags['state-machine'] === 'string' ? flags['state-machine'] : undefined);
    if (!machine.ok) {
      process.stderr.write(`${machine.message}\n`);
      return 2;
    }
    const inputSource = typeof flags.input === 'string' ? flags.input : siblingInput(file);
    let input: JsonValue = {};
    if (inputSource !== undefined) {
      try {
        input = JSON.parse(existsSync(inputSource) ? readFileSync(inputSource, 'utf8') : inputSource) as JsonValue;
      } catch (e) {
        process.stderr.write(`--input is neither a readable file nor valid JSON: ${(e as Error).message}\n`);
        return 2;
      }
      if (typeof flags.input !== 'string') sim.notes.push(`using the input in ${inputSource}`);
    }
    for (const note of sim.notes) process.stderr.write(`${note}\n`);

    const outcomes: TestCaseOutcome[] = [];
    const stopped: StoppedCase[] = [];
    for (const testCase of testCaseNames(sim.mockConfig!, machine.name)) {
      const run = await runExecution(
        { definition, input, options: { stateMachineName: machine.name, name: testCase }, services: serviceOptionsFor(sim, testCase, machine.name) },
        budgetMs,
      );
      if (!run.ok) {
        stopped.push({ testCase, message: run.message });
        continue;
      }
      const { result, world, uncoveredInvocations = [] } = run.response;
      const published: Record<string, number> = {};
      for (const [topic, { messages }] of Object.entries(world?.sns.topics ?? {})) if (messages.length) published[topic] = messages.length;
      outcomes.push({ testCase, result, uncovered: uncoveredInvocations, published });
    }
    for (const s of stopped) process.stderr.write(`${s.testCase}: ${s.message}\n`);
    for (const o of outcomes) {
      const note = budgetNote(o.result);
      if (note !== undefined) process.stderr.write(`${o.testCase}: ${note}\n`);
    }
    if (flags.json === true) {
      process.stdout.write(
        JSON.stringify(
          [
            ...outcomes.map((o) => ({ testCase: o.testCase, status: o.result.status, error: o.result.error, cause: o.result.cause, output: o.result.output, billing: o.result.billing, uncoveredInvocations: o.uncovered, snsMessages: o.published })),
            ...stopped.map((s) => ({ testCase: s.testCase, status: 'STOPPED', message: s.message })),
          ],
          null,
          2,
        ) + '\n',
      );
    } else {
      const rows = [['TEST CASE', 'STATUS', 'ERROR', 'TRANSITIONS', 'DURATION', 'SNS MESSAGES', 'UNCOVERED MOCKS']];
      for (const o of outcomes) {
        rows.push([
          o.testCase,
          o.result.status,
          o.result.error ?? '',
          String(o.result.billing.stateTransitions),
          formatDuration(o.result.billing.durationMs),
          Object.entries(o.published).map(([t, n]) => `${t}:${n}`).join(' ') || '-',
          o.uncovered.length ? o.uncovered.map((u) => `${u.stateName}#${u.invocation}`).join(' ') : '-',
        ]);
      }
      for (const s of stopped) rows.push([s.testCase, 'STOPPED', 'wall-clock budget or memory', '-', '-', '-', '-']);
      process.stdout.write(`${machine.name}: ${outcomes.length + stopped.length} test case(s)\n\n${table(rows)}\n`);
      for (const o of outcomes) for (const u of o.uncovered) process.stdout.write(`\n${o.testCase}: ${u.message}\n`);
    }
    return stopped.length > 0 || outcomes.some((o) => o.uncovered.length > 0) ? 1 : 0;
  },
};
