// `sfn run <definition> [--input <file|JSON>] [--type EXPRESS] [--seed N] [--start-time ISO] [--trace]
//  [--no-history] [--max-transitions N] [--budget <seconds>] [--simulate | --world <f> | --mock-config <f>
//  --test-case <name>]`: runs a definition on the engine, in a bounded
// worker (scripts/cli/bounded.ts), and prints the ExecutionResult as JSON. Without the simulated services
// Tasks have no handler, so a Task state fails with a clear States.TaskFailed cause.

import { existsSync, readFileSync } from 'node:fs';
import type { JsonValue } from '../../lib/engine';
import type { EngineRunRequest, PlainStartOptions } from '../../lib/bounded';
import type { CliCommand } from './types';
import { parseArgs } from './args';
import { formatDiagnostic, loadDefinition } from './load';
import { handlersFor, loadSimulation, serviceOptionsFor, wantsSimulation } from './simulate';
import { resolveStateMachineName, type ServiceOptions } from '../../lib/engine/services';
import { BUDGET_USAGE, budgetFrom, budgetNote, runExecution } from './bounded';

function readInput(value: string): { input: JsonValue; text: string } {
  const text = existsSync(value) ? readFileSync(value, 'utf8') : value;
  return { input: JSON.parse(text) as JsonValue, text: text.trim() };
}

export const runCommand: CliCommand = {
  name: 'run',
  usage: `run <file> [--input <file|JSON>] [--type EXPRESS] [--seed N] [--trace] [--simulate | --world <f> | --mock-config <f> --test-case <name>] ${BUDGET_USAGE}`,
  summary: 'run a definition and print the result as JSON',
  async main(args) {
    const { positional, flags } = parseArgs(args, ['trace', 'no-history', 'simulate']);
    const file = positional[0];
    if (!file) {
      process.stderr.write(`usage: sfn ${this.usage}\n`);
      return 2;
    }
    const type = typeof flags.type === 'string' ? flags.type.toUpperCase() : 'STANDARD';
    if (type !== 'STANDARD' && type !== 'EXPRESS') {
      process.stderr.write(`--type must be STANDARD or EXPRESS, not ${flags.type}\n`);
      return 2;
    }
    const { definition, diagnostics } = loadDefinition(file, type);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (!definition || errors.length > 0) {
      for (const d of errors) process.stderr.write(formatDiagnostic(file, d) + '\n');
      return 1;
    }
    let input: JsonValue = {};
    let inputString: string | undefined;
    if (typeof flags.input === 'string') {
      try {
        ({ input, text: inputString } = readInput(flags.input));
      } catch (e) {
        process.stderr.write(`--input is neither a readable file nor valid JSON: ${(e as Error).message}\n`);
        return 2;
      }
    }
    const budgetMs = budgetFrom(flags);
    if (budgetMs instanceof Error) {
      process.stderr.write(`${budgetMs.message}\n`);
      return 2;
    }
    const options: PlainStartOptions = { type, trace: flags.trace === true, recordHistory: flags['no-history'] !== true };
    if (inputString !== undefined) options.inputString = inputString;
    if (typeof flags.seed === 'string') options.seed = Number(flags.seed);
    if (typeof flags['start-time'] === 'string') options.startTime = flags['start-time'];
    if (typeof flags['max-transitions'] === 'string') options.maxTransitions = Number(flags['max-transitions']);
    // Simulated AWS services (see scripts/cli/simulate.ts): --simulate (an empty world), --mock-config/--test-case/
    // --state-machine/--world/--faults.
    let services: ServiceOptions | undefined;
    if (wantsSimulation(flags)) {
      try {
        const sim = loadSimulation(flags, file);
        if (sim.mockConfig && typeof flags['test-case'] !== 'string') throw new Error('--mock-config needs --test-case <name> (or use `sfn test` to run every test case)');
        const machine = sim.mockConfig ? resolveStateMachineName(sim.mockConfig, typeof flags['state-machine'] === 'string' ? flags['state-machine'] : undefined) : undefined;
        if (machine && !machine.ok) throw new Error(machine.message);
        for (const note of sim.notes) process.stderr.write(`${note}\n`);
        const testCase = typeof flags['test-case'] === 'string' ? flags['test-case'] : undefined;
        // Built here once so a bad test case or machine name is reported before the run starts.
        handlersFor(sim, testCase, machine?.ok ? machine.name : undefined);
        services = serviceOptionsFor(sim, testCase, machine?.ok ? machine.name : undefined);
        if (machine?.ok) options.stateMachineName = machine.name;
      } catch (e) {
        process.stderr.write(`${(e as Error).message}\n`);
        return 2;
      }
    }
    const request: EngineRunRequest = { definition, input, options };
    if (services !== undefined) request.services = services;
    const run = await runExecution(request, budgetMs);
    if (!run.ok) {
      process.stderr.write(`${run.message}\n`);
      return 1;
    }
    const { result, uncoveredInvocations } = run.response;
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    const note = budgetNote(result);
    if (note !== undefined) process.stderr.write(`${note}\n`);
    for (const u of uncoveredInvocations ?? []) process.stderr.write(`uncovered mock: ${u.message}\n`);
    return result.status === 'SUCCEEDED' ? 0 : 1;
  },
};
