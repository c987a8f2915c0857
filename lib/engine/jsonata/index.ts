// JSONata for Amazon States Language: `{% %}` detection, evaluation with `$states` and workflow variables,
// AWS's extra functions, typed fields and AWS-worded States.QueryEvaluationError causes.

export { isJsonataString, expressionBody, containsJsonata } from './detect';
export { compileJsonata, isSyntaxProblem, isBuiltinFunctionName, scanNames, freeVariables } from './compile';
export type { CompiledJsonata, JsonataSyntaxProblem } from './compile';
export { evaluateJsonata, evaluateCompiled, compileOrFail } from './evaluate';
export type { JsonataEnv } from './evaluate';
export { evaluateTemplate } from './template';
export {
  evaluateItems,
  evaluateInteger,
  evaluatePercentage,
  evaluateTimestamp,
  evaluateString,
  evaluateCondition,
  parseIsoOffsetDateTime,
} from './fields';
export {
  QueryEvaluationError,
  isQueryEvaluationError,
  QUERY_EVALUATION_ERROR,
  statePrefixedCause,
  evaluationFailedDetails,
  causes,
} from './errors';
