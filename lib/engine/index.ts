// The engine's public API: parse, validate and run Amazon States Language definitions.

export * from './types';
export { StatesError, isStatesError } from './errors';
export { startExecution } from './runtime/start';
export { parseDefinition, type ParseOptions, type ParseResult } from './parse';
export { validateDefinition, type ValidateOptions } from './validate';
export { WALL_CLOCK_BUDGET_MS, BUDGET_CAUSE_PREFIX, isBudgetStop, outerBudgetMs, type BudgetSite } from './runtime/budget';
