// `sfn cost <definition> [--input <file|JSON>] [--type EXPRESS] [--runs-per-month N] [--region R]
//  [--mock-config <file> --test-case <name>] ...`: runs the definition once on the engine (Tasks answered by
// the simulated AWS services, or by a mock config) and prints what that run costs, and the month when
// --runs-per-month is given, as JSON with the readable breakdown from lib/pricing.

import { existsSync, readFileSync } from 'node:fs';
import { validateDefinition } from '../../lib/engine';
import type { JsonValue } from '../../lib/engine';
import type { PlainStartOptions } from '../../lib/bounded';
import { resolveStateMachineName } from '../../lib/engine/services';
import { costOf, projectMonthly, PricingError, type CostOptions } from '../../lib/pricing';
import { parseArgs } from './args';
import { formatDiagnostic, loadDefinition } from './load';
import { handlersFor, loadSimulation, serviceOptionsFor, siblingInput } from './simulate';
import { BUDGET_USAGE, budgetFrom, budgetNote, runExecution } from './bounded';
import type { CliCommand } from './types';

function fail(message: string, code = 2): number {
  process.stderr.write(`${message}\n`);
  return code;
}

function readInput(value: string): { input: JsonValue; text: string } {
  const text = existsSync(value) ? readFileSync(value, 'utf8') : value;
  return { input: JSON.parse(text) as JsonValue, text: text.trim() };
}

function nonNegativeInteger(value: string | true | undefined, flag: string): number | undefined | Error {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' ? Number(value.replace(/[_,]/g, '')) : NaN;
  if (!Number.isInteger(n) || n < 0) return new Error(`--${flag} must be a non-negative whole number, not ${value === true ? '(nothing)' : value}`);
  return n;
}

export const costCommand: CliCommand = {
  name: 'cost',
  usage:
    'cost <file> [--input <file|JSON>] [--type EXPRESS] [--runs-per-month N] [--region R] [--mock-config <file> --test-case <name>] [--memory-mb N] [--lambda-memory-mb N] [--free-tier] [--no-free-tier] [--gb-hour-rates] ' + BUDGET_USAGE,
  summary: 'run a definition once and print its cost (and a month of runs) as JSON',
  async main(args) {
    const { positional, flags } = parseArgs(args, ['free-tier', 'no-free-tier', 'gb-hour-rates', 'no-history']);
    const file = positional[0];
    if (!file) return fail(`usage: sfn ${this.usage}`);
    if (!existsSync(file)) return fail(`cannot read definition ${file}`);
    const text = readFileSync(file, 'utf8');
    const { definition, diagnostics } = loadDefinition(file);
    const errors = [...diagnostics, ...(definition ? validateDefinition(definition) : [])].filter((d) => d.severity === 'error');
    if (!definition || errors.length > 0) {
      for (const d of errors) process.stderr.write(formatDiagnostic(file, d) + '\n');
      return 1;
    }

    const type = typeof flags.type === 'string' ? flags.type.toUpperCase() : 'STANDARD';
    if (type !== 'STANDARD' && type !== 'EXPRESS') return fail(`--type must be STANDARD or EXPRESS, not ${flags.type}`);
    const runsPerMonth = nonNegativeInteger(flags['runs-per-month'], 'runs-per-month');
    if (runsPerMonth instanceof Error) return fail(runsPerMonth.message);
    const memoryMb = nonNegativeInteger(flags['memory-mb'], 'memory-mb');
    if (memoryMb instanceof Error) return fail(memoryMb.message);
    const lambdaMemoryMb = nonNegativeInteger(flags['lambda-memory-mb'], 'lambda-memory-mb');
    if (lambdaMemoryMb instanceof Error) return fail(lambdaMemoryMb.message);
    if (flags['free-tier'] === true && flags['no-free-tier'] === true) return fail('--free-tier and --no-free-tier contradict each other');

    let input: JsonValue = {};
    let inputString: string | undefined;
    const inputSource = typeof flags.input === 'string' ? flags.input : siblingInput(file);
    if (inputSource !== undefined) {
      try {
        ({ input, text: inputString } = readInput(inputSource));
      } catch (e) {
        return fail(`--input is neither a readable file nor valid JSON: ${(e as Error).message}`);
      }
      if (typeof flags.input !== 'string') process.stderr.write(`using the input in ${inputSource}\n`);
    }

    const budgetMs = budgetFrom(flags);
    if (budgetMs instanceof Error) return fail(budgetMs.message);

    const options: PlainStartOptions = { type, recordHistory: flags['no-history'] !== true };
    if (inputString !== undefined) options.inputString = inputString;
    if (typeof flags.seed === 'string') options.seed = Number(flags.seed);
    if (typeof flags.region === 'string') options.region = flags.region;
    // Tasks are always answered by the simulated services here (a cost needs a run that gets somewhere);
    // a mock config, world or faults file steers them as in `sfn run`.
    let services;
    try {
      const sim = loadSimulation(flags, file);
      if (sim.mockConfig && typeof flags['test-case'] !== 'string') throw new Error('--mock-config needs --test-case <name>');
      const machine = sim.mockConfig ? resolveStateMachineName(sim.mockConfig, typeof flags['state-machine'] === 'string' ? flags['state-machine'] : undefined) : undefined;
      if (machine && !machine.ok) throw new Error(machine.message);
      for (const note of sim.notes) process.stderr.write(`${note}\n`);
      const testCase = typeof flags['test-case'] === 'string' ? flags['test-case'] : undefined;
      // Built here once so a bad test case or machine name is reported before the run starts.
      handlersFor(sim, testCase, machine?.ok ? machine.name : undefined);
      services = serviceOptionsFor(sim, testCase, machine?.ok ? machine.name : undefined);
      if (machine?.ok) options.stateMachineName = machine.name;
    } catch (e) {
      return fail((e as Error).message);
    }

    const run = await runExecution({ definition, input, options, services }, budgetMs);
    if (!run.ok) return fail(run.message, 1);
    const { result, uncoveredInvocations: uncovered = [] } = run.response;
    const note = budgetNote(result);
    if (note !== undefined) process.stderr.write(`${note}\n`);
    const costOptions: CostOptions = { type, definition: text, definitionBytes: Buffer.byteLength(text, 'utf8') };
    if (typeof flags.region === 'string') costOptions.region = flags.region;
    if (flags['free-tier'] === true) costOptions.freeTier = true;
    if (memoryMb !== undefined) costOptions.memoryMb = memoryMb;
    if (lambdaMemoryMb !== undefined) costOptions.lambda = { memoryMb: lambdaMemoryMb };
    if (flags['gb-hour-rates'] === true) costOptions.durationRateBasis = 'per-gb-hour';

    try {
      const perRun = costOf(result, costOptions);
      const monthly = runsPerMonth !== undefined ? projectMonthly(perRun, runsPerMonth, { freeTier: flags['no-free-tier'] !== true }) : undefined;
      const report = {
        definition: file,
        status: result.status,
        ...(result.error !== undefined ? { error: result.error } : {}),
        workflowType: type,
        region: perRun.region,
        stateTransitions: perRun.stateTransitions,
        totalUsd: perRun.totalUsd,
        total: perRun.total,
        ...(monthly ? { runsPerMonth, monthlyUsd: monthly.totalUsd, monthlyTotal: monthly.total } : {}),
        breakdown: perRun,
        ...(monthly ? { monthly } : {}),
      };
      process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    } catch (e) {
      if (e instanceof PricingError) return fail(`cannot price this run (${e.code} at ${e.path.join('.') || '(options)'}): ${e.message}`, 1);
      throw e;
    }
    for (const u of uncovered) process.stderr.write(`uncovered mock: ${u.message}\n`);
    return 0;
  },
};
