// The engine's public API: parse, validate and run Amazon States Language definitions.

export * from './types';
export { StatesError, isStatesError } from './errors';
export { STATES_ERRORS, RUNTIME_ERROR_NAMES, type StatesErrorName, type ErrorName } from './asl/errors';
export { startExecution } from './start';
export { testState, type TestStateInput, type TestStateOutput, type TestStateStatus, type TestStateMock, type InspectionLevel, type InspectionData } from './test-state';
export { compileStateMachine, type CompiledStateMachine, type CompileOptions } from './compile-state-machine';
export { parseDefinition, type ParseOptions, type ParseResult } from './parse';
export { validateDefinition, type ValidateOptions } from './validate';
export { WALL_CLOCK_BUDGET_MS, BUDGET_CAUSE_PREFIX, isBudgetStop, outerBudgetMs, type BudgetSite } from './runtime/budget';
export { redriveExecution, type RedriveOptions, type RedriveOutcome } from './redrive/redrive-execution';
export { redriveRefusal, redriveStatusOf, REDRIVE_WINDOW_MS, type RedriveErrorName, type RedriveStatus } from './redrive';
