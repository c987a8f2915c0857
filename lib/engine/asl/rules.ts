// A code of its own for each validation rule, carried by every diagnostic the validator reports beside the
// code AWS would answer with (`code`, mostly SCHEMA_VALIDATION_FAILED, kept for agreement with AWS).
// One rule per file of lib/engine/validate/rules/, plus the walk over the states and the definition itself.

export const VALIDATION_RULES = {
  assign: 'ASSIGN',
  choice: 'CHOICE_RULE',
  'data-flow': 'DATA_FLOW',
  definition: 'DEFINITION',
  exclusive: 'EXCLUSIVE_FIELDS',
  express: 'EXPRESS_INTEGRATION',
  fail: 'FAIL_STATE',
  machine: 'MACHINE_FIELDS',
  map: 'MAP_STATE',
  parallel: 'PARALLEL_STATE',
  resource: 'TASK_RESOURCE',
  'retry-catch': 'RETRY_CATCH',
  'state-fields': 'STATE_FIELDS',
  'state-shape': 'STATE_SHAPE',
  'states-variable': 'STATES_VARIABLE',
  task: 'TASK_STATE',
  templates: 'PAYLOAD_TEMPLATE',
  transitions: 'TRANSITIONS',
  'variable-flow': 'VARIABLE_FLOW',
  variables: 'VARIABLE_READS',
  wait: 'WAIT_STATE',
} as const;

/** The rule that reported a diagnostic. */
export type ValidationRule = (typeof VALIDATION_RULES)[keyof typeof VALIDATION_RULES];
