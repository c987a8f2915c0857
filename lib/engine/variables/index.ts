// Workflow variables: Assign evaluation in both query languages, scoped storage with AWS's size quotas, and
// the name rules.

export { evaluateAssign } from './assign';
export { commitAssign, createVariables, flattenVariables, hasVariable, visibleVariables } from './store';
export type { VariableValues } from './store';
export {
  MAX_VARIABLE_BYTES,
  MAX_ASSIGN_BYTES,
  MAX_TOTAL_VARIABLE_BYTES,
  variableBytes,
  checkAssignSizes,
  limitCauses,
} from './limits';
export { variableNameProblem, assignedName, RESERVED_VARIABLE_NAMES, MAX_VARIABLE_NAME_LENGTH } from './names';
