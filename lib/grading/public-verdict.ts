// What a learner may see of a server verdict: hidden cases are named (with their feedback) only once they
// pass; a failing hidden case says only that it failed, so the hidden situations stay hidden.
import type { CaseVerdict, Verdict } from './types';

export const HIDDEN_CASE_FEEDBACK =
  'This hidden case failed. Hidden cases are named once they pass: re-read the requirements in the prompt for a situation the visible cases do not cover.';

export function publicCase(c: CaseVerdict, hiddenIndex: number): CaseVerdict {
  if (c.visible || c.passed) {
    const { run: _run, ...rest } = c;
    return rest;
  }
  return { name: `Hidden case ${hiddenIndex}`, visible: false, passed: false, feedback: HIDDEN_CASE_FEEDBACK, checks: [] };
}

export function publicVerdict(v: Verdict): Verdict {
  let hidden = 0;
  return { ...v, cases: v.cases.map((c) => publicCase(c, c.visible ? 0 : ++hidden)) };
}
