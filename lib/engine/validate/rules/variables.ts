// Variables read but never assigned anywhere in the definition. A read of such a variable can only fail at
// run time (States.Runtime / States.QueryEvaluationError), so it is worth a warning before the run.
import type { Reporter } from '../context';
import { didYouMean } from '../suggest';

export function checkVariableReads(reporter: Reporter): void {
  const r = reporter.as('variables');
  const reported = new Set<string>();
  for (const { name, path } of r.variableReads) {
    if (r.variableWrites.has(name)) continue;
    const key = name + '\u0000' + path.join('\u0000');
    if (reported.has(key)) continue;
    reported.add(key);
    // AWS accepts such definitions and fails at run time, so this is a warning, not an error.
    r.warn(path, `Variable '$${name}' is read here but no Assign in the definition sets it, so the read will fail at run time.${name === 'state' ? " Did you mean '$states' (the state's input, result and context)?" : didYouMean(name, r.variableWrites)}`, 'UNDEFINED_VARIABLE');
  }
}
