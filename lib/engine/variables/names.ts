// Variable names. AWS: a name follows the Unicode identifier rules (UAX #31: an ID_Start or '_' character, then
// ID_Continue characters), at most 80 characters, and `states` is reserved for `$states` in JSONata.
// Source: developer guide "Passing data between states with variables", "Variable name syntax".

export const RESERVED_VARIABLE_NAMES: ReadonlySet<string> = new Set(['states']);
export const MAX_VARIABLE_NAME_LENGTH = 80;

const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;

/** Why a name cannot be a variable, or undefined when it can. */
export function variableNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'a variable name must not be empty';
  if (RESERVED_VARIABLE_NAMES.has(name)) return `'${name}' is a reserved name and cannot be assigned`;
  if ([...name].length > MAX_VARIABLE_NAME_LENGTH)
    return `the variable name '${name}' is longer than ${MAX_VARIABLE_NAME_LENGTH} characters`;
  if (!IDENTIFIER.test(name))
    return `'${name}' is not a valid variable name: it must start with a letter or '_' and contain only letters, digits and '_'`;
  return undefined;
}

/** The variable an Assign key names: in a JSONPath state `"x.$"` assigns `x` from an expression. */
export function assignedName(key: string, jsonPath: boolean): string {
  return jsonPath && key.endsWith('.$') ? key.slice(0, -2) : key;
}
