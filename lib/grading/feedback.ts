// A case's feedback: one sentence per failed check, the first starting with the case's situation ("When
// Glue fails twice and then succeeds, the run should end SUCCEEDED, but ..."). The story of the run is told
// once: checks that repeat it at their end have it cut from the second sentence on.
import type { ScenarioCase } from '../content/scenario-schema';
import type { CheckResult } from './types';

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const sentence = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

export function caseFeedback(c: Pick<ScenarioCase, 'when' | 'hint'>, checks: CheckResult[], story: string): string {
  const failed = checks.filter((x) => !x.passed);
  if (failed.length === 0) {
    return sentence(`${c.when}, the run did what the scenario asks${checks[0] ? `: ${checks[0].message}` : ''}`);
  }
  let told = false;
  const parts = failed.map((x, i) => {
    let message = x.message;
    if (story && message.endsWith(story)) {
      const head = message.slice(0, message.length - story.length);
      // Only a story appended after "; " or ": " is cut; "…, but <story>" is the point of the message.
      if (told && /[;:] $/.test(head)) message = head.slice(0, -2);
      told = true;
    }
    return i === 0 ? sentence(`${c.when}, ${message}`) : sentence(capitalize(message));
  });
  if (c.hint) parts.push(sentence(`Hint: ${c.hint}`));
  return parts.join(' ');
}
