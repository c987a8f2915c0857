// Which fields each part of an Amazon States Language definition accepts, for editor completion.

const COMMON_IO = ['InputPath', 'OutputPath', 'Output', 'Assign', 'QueryLanguage', 'Comment'];
const FLOW = ['Next', 'End'];
const RESULT = ['ResultPath', 'ResultSelector', 'Parameters', 'Arguments'];
const ERRORS = ['Retry', 'Catch'];

export const STATE_TYPES = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'] as const;

export const STATE_FIELDS: Record<string, string[]> = {
  Task: ['Type', 'Resource', ...RESULT, ...ERRORS, 'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Credentials', ...FLOW, ...COMMON_IO],
  Pass: ['Type', 'Result', 'ResultPath', 'Parameters', ...FLOW, ...COMMON_IO],
  Choice: ['Type', 'Choices', 'Default', ...COMMON_IO],
  Wait: ['Type', 'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath', ...FLOW, ...COMMON_IO],
  Succeed: ['Type', 'InputPath', 'OutputPath', 'Output', 'QueryLanguage', 'Comment'],
  Fail: ['Type', 'Error', 'ErrorPath', 'Cause', 'CausePath', 'QueryLanguage', 'Comment'],
  Parallel: ['Type', 'Branches', ...RESULT, ...ERRORS, ...FLOW, ...COMMON_IO],
  Map: [
    'Type', 'ItemProcessor', 'ItemsPath', 'Items', 'ItemSelector', 'ItemReader', 'ItemBatcher', 'ResultWriter',
    'MaxConcurrency', 'MaxConcurrencyPath', 'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath',
    'ToleratedFailureCount', 'ToleratedFailureCountPath', 'Label', 'Iterator', ...RESULT, ...ERRORS, ...FLOW, ...COMMON_IO,
  ],
};

export const TOP_LEVEL_FIELDS = ['StartAt', 'States', 'Comment', 'Version', 'TimeoutSeconds', 'QueryLanguage'];
export const SCOPE_FIELDS = ['StartAt', 'States', 'ProcessorConfig', 'QueryLanguage', 'Comment'];
export const RETRIER_FIELDS = ['ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy', 'Comment'];
export const CATCHER_FIELDS = ['ErrorEquals', 'Next', 'ResultPath', 'Assign', 'Output', 'Comment'];
const COMPARISONS = ['String', 'Numeric', 'Timestamp'].flatMap((k) =>
  ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'].flatMap((op) => [`${k}${op}`, `${k}${op}Path`]),
);
export const CHOICE_RULE_FIELDS = [
  'Variable', 'Next', 'Condition', 'And', 'Or', 'Not', 'Assign', 'Output', 'Comment',
  ...COMPARISONS, 'StringMatches', 'BooleanEquals', 'BooleanEqualsPath',
  'IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp',
];

/** Fields that name a state, whose values complete to state names. */
export const STATE_REFERENCE_FIELDS = new Set(['Next', 'Default', 'StartAt']);

/**
 * Field names for the object at `path` (keys from the root), given its own `Type` when it is a state.
 * ['States','X'] is a state; [..., 'Retry', n] a retrier; [..., 'Choices', n] a choice rule, and so on.
 */
export function fieldsForObject(path: readonly (string | number)[], ownType?: string): string[] {
  if (path.length === 0) return TOP_LEVEL_FIELDS;
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (parent === 'States' && typeof last === 'string') {
    return ownType && STATE_FIELDS[ownType] ? STATE_FIELDS[ownType] : [...new Set(Object.values(STATE_FIELDS).flat())];
  }
  if (typeof last === 'number' && parent === 'Retry') return RETRIER_FIELDS;
  if (typeof last === 'number' && parent === 'Catch') return CATCHER_FIELDS;
  if (typeof last === 'number' && (parent === 'Choices' || parent === 'And' || parent === 'Or')) return CHOICE_RULE_FIELDS;
  if (last === 'Not') return CHOICE_RULE_FIELDS;
  if (last === 'ItemProcessor' || last === 'Iterator' || (typeof last === 'number' && parent === 'Branches')) return SCOPE_FIELDS;
  if (last === 'ProcessorConfig') return ['Mode', 'ExecutionType'];
  return [];
}
