// Public entry point for the wall-clock budgets: small enough for a page bundle (the sandbox's client and
// result panel read it without pulling in the engine).
export { BUDGET_CAUSE_PREFIX, WALL_CLOCK_BUDGET_MS, budgetText, isBudgetStop, outerBudgetMs, type BudgetSite } from './runtime/budget';
