// lib/grading: grade a learner's state machine against a scenario by running it through simulated
// situations, never by comparing text. Pure: runs in the browser's engine worker, on the server (bounded,
// in a worker thread) and in the CLI alike.
export { grade, scenarioWorld } from './grade';
export { prepareDefinition } from './definition';
export type { CaseVerdict, CheckKind, CheckResult, GradableScenario, GradeOptions, Verdict } from './types';
export { MAX_DEFINITION_BYTES, DEFAULT_CASE_TRANSITIONS } from './types';
export { publicVerdict, HIDDEN_CASE_FEEDBACK } from './public-verdict';
