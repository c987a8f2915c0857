// Shared by `run` and `test`: reads the simulated-AWS options (--mock-config, --test-case,
// --state-machine, --world, --faults) into TaskHandlers. A world.json / input.json next to the
// definition is picked up when --world / --input are not given, so a scenario folder runs as is.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServiceHandlers, parseFaults, parseMockConfig, type MockConfig, type ServiceHandlers, type ServiceOptions, type WorldInit } from '../../lib/engine/services';
import type { FaultRule } from '../../lib/engine/services/faults';

export type Flags = Record<string, string | true>;

export interface Simulation {
  mockConfig?: MockConfig;
  world?: WorldInit;
  faults?: FaultRule[];
  /** Files picked up implicitly, for a note on stderr. */
  notes: string[];
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${what} ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${what} ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/** True when the flags ask for the simulated services. */
export function wantsSimulation(flags: Flags): boolean {
  return ['mock-config', 'world', 'faults', 'simulate'].some((f) => flags[f] !== undefined);
}

export function loadSimulation(flags: Flags, definitionFile: string): Simulation {
  const notes: string[] = [];
  const sim: Simulation = { notes };
  if (typeof flags['mock-config'] === 'string') {
    const parsed = parseMockConfig(readJson(flags['mock-config'], 'mock config'));
    if (!parsed.ok) {
      throw new Error(
        `mock config ${flags['mock-config']} is invalid:\n` + parsed.issues.map((i) => `  ${i.severity} at ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n'),
      );
    }
    for (const w of parsed.warnings) notes.push(`warning: mock config at ${w.path.join('.')}: ${w.message}`);
    sim.mockConfig = parsed.config;
  } else if (flags['mock-config'] === true) {
    throw new Error('--mock-config needs a file');
  }
  const worldFile = typeof flags.world === 'string' ? flags.world : join(dirname(definitionFile), 'world.json');
  if (typeof flags.world === 'string' || existsSync(worldFile)) {
    sim.world = readJson(worldFile, 'world') as WorldInit;
    if (typeof flags.world !== 'string') notes.push(`using the simulated world in ${worldFile}`);
  }
  if (typeof flags.faults === 'string') {
    const parsed = parseFaults(readJson(flags.faults, 'faults'));
    if (!parsed.ok) throw new Error(`faults ${flags.faults} are invalid:\n` + parsed.issues.map((i) => `  at [${i.path.join('.')}]: ${i.message}`).join('\n'));
    sim.faults = parsed.faults;
  }
  return sim;
}

/** The input file next to the definition, when --input is not given. */
export function siblingInput(definitionFile: string): string | undefined {
  const file = join(dirname(definitionFile), 'input.json');
  return existsSync(file) ? file : undefined;
}

/** The simulation as plain data (it crosses into the bounded worker the run happens in). */
export function serviceOptionsFor(sim: Simulation, testCase: string | undefined, stateMachineName: string | undefined): ServiceOptions {
  return {
    ...(sim.world ? { world: sim.world } : {}),
    ...(sim.faults ? { faults: sim.faults } : {}),
    ...(sim.mockConfig ? { mockConfig: sim.mockConfig } : {}),
    ...(testCase !== undefined ? { testCase } : {}),
    ...(stateMachineName !== undefined ? { stateMachineName } : {}),
  };
}

/** Handlers in this process: checks a test case and machine name before the run starts elsewhere. */
export function handlersFor(sim: Simulation, testCase: string | undefined, stateMachineName: string | undefined): ServiceHandlers {
  return createServiceHandlers(serviceOptionsFor(sim, testCase, stateMachineName));
}
