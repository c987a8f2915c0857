// Worker entry 'grade' (lib/bounded/entries.json): grades one definition against a scenario inside a bounded
// worker thread. The engine's wall-clock budget stops a slow case between steps with a clear failure; the
// worker's termination (runBounded) is the backstop for an evaluation that never returns.
import { serveBounded } from '../bounded/serve';
import { grade, type GradeOptions, type Verdict } from '../grading';
import type { Scenario } from '../content/scenario-parse';

export interface GradeWorkerInput {
  scenario: Scenario;
  definition: string;
  only?: GradeOptions['only'];
  maxTransitions: number;
  budgetMs: number;
}

serveBounded<GradeWorkerInput, Verdict>((input, report) =>
  grade(input.scenario, input.definition, {
    maxTransitions: input.maxTransitions,
    budgetMs: input.budgetMs,
    onCase: report,
    ...(input.only ? { only: input.only } : {}),
  }),
);
