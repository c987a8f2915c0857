// What a learner's browser receives of a scenario: what it needs to run the visible cases and show the
// prompt. Hidden cases, their faults and the reference solution stay on the server.
import type { Scenario } from '../content/scenario-parse';
import type { GradableScenario } from './types';

export interface ClientScenario extends GradableScenario {
  title: string;
  starter: string;
  /** How many hidden cases the server also grades on submission. */
  hiddenCases: number;
}

export function toClientScenario(s: Scenario): ClientScenario {
  const visible = s.cases.filter((c) => c.visible);
  const out: ClientScenario = {
    id: s.id,
    title: s.title,
    executionType: s.executionType,
    cases: visible,
    starter: s.starter,
    hiddenCases: s.cases.length - visible.length,
  };
  if (s.input !== undefined) out.input = s.input;
  if (s.world !== undefined) out.world = s.world;
  if (s.generated !== undefined) out.generated = s.generated;
  if (s.mockConfig !== undefined) out.mockConfig = s.mockConfig;
  if (s.stateMachineName !== undefined) out.stateMachineName = s.stateMachineName;
  if (s.maxTransitions !== undefined) out.maxTransitions = s.maxTransitions;
  return out;
}
