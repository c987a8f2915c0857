import type { ExecutionType } from '../../lib/engine/types';
import type { GeneratedWorld } from './lib/generated-world';

/** What a run needs besides the texts and settings: the simulated account and the limits. */
export interface SimulatedAccount {
  /** The example of the sandbox page this account comes from (a share link then carries only the id). */
  exampleId?: string;
  /** A Step Functions Local mock config (MockConfigFile.json). */
  mocks?: object;
  /** The simulated account's starting contents (see lib/engine/services WorldInit). */
  world?: object;
  /** S3 objects the engine worker generates when the run starts (too big to ship in the page). */
  generatedWorld?: GeneratedWorld;
  maxTransitions?: number;
  /** Wall-clock budget of a run, for an example known to take long. Never read from a link. */
  budgetMs?: number;
}

/** A ready-made machine the sandbox page offers, or a lesson embeds. */
export interface SandboxExample {
  id: string;
  title: string;
  description?: string;
  definition: string | object;
  input?: string | object;
  type?: ExecutionType;
  /** "fail <state> N times with <Error>" lines. */
  faults?: string;
  /** A Step Functions Local mock config (MockConfigFile.json) and the test case to select first. */
  mocks?: object;
  testCase?: string;
  /** The simulated account's starting contents (see lib/engine/services WorldInit). */
  world?: object;
  /** S3 objects the engine worker generates when the run starts (too big to ship in the page). */
  generatedWorld?: GeneratedWorld;
  /** Record history and traces (off for million-item runs). Default true. */
  record?: boolean;
  maxTransitions?: number;
  /** Wall-clock budget of a run, when the example is known to take longer than the default. */
  budgetMs?: number;
}

export interface SandboxProps {
  /** Definition as JSON/YAML text or an object. */
  definition?: string | object;
  input?: string | object;
  mocks?: object;
  testCase?: string;
  world?: object;
  generatedWorld?: GeneratedWorld;
  faults?: string;
  type?: ExecutionType;
  record?: boolean;
  maxTransitions?: number;
  /** Key for keeping the learner's last edit across reloads. Defaults to a hash of the definition. */
  id?: string;
  title?: string;
  /** Examples to load (the full page). */
  examples?: SandboxExample[];
  /** Keep definition, input and settings in the URL hash (the full page). */
  shareInUrl?: boolean;
}
