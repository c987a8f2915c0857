// lib/quiz: quiz items whose numbers change per attempt. Pure TypeScript (the engine, lib/pricing and
// lib/grading only): generators draw parameters from a seed, answers come from lib/pricing, wrong options
// from the classic mistakes, and grading rebuilds the question from the item and the seed.

export * from './types';
export { MISTAKES, describeMistake, type MistakeId } from './mistakes';
export { UNITS, UNIT_IDS, formatValue, formatUsdNumber, parseNumericAnswer, type UnitId } from './units';
export { drawParams, newSeed, MAX_SEED } from './params';
export { materialize, QuizItemError, type Materialized, type MaterializedOption } from './materialize';
export { freshQuestion, REDRAWS, type NewNumbers } from './fresh-question';
export { gradeAnswer, isAccepted, type GradeResult } from './grade';
export { gradeRestructureTask, restructureTask, restructureVerdict, RESTRUCTURE_MAX_TRANSITIONS, type RestructureTask } from './restructure';
export { GENERATORS, GENERATOR_LIST, getGenerator } from './generators';
export { checkGenerator, cachedRunner, CHECK_SEEDS, TYPES_FOR_KIND } from './verify';
export { describeFilter, matchesFilter, sessionEntries, SESSION_LENGTH, type QuizFilter, type SessionEntry } from './session';
export { definitionText, runInProcess, type MachineRunner } from './machines';
