// Every diagnostic names the rule that reported it (issue 18), and no message repeats the path the CLI and
// the editor print beside it.
import { describe, expect, it } from 'vitest';
import { validateDefinition } from './index';
import { VALIDATION_RULES } from '../asl/rules';

const codeOf = (definition: unknown) => validateDefinition(definition).filter((d) => d.severity === 'error');

describe('validation rule codes', () => {
  it('tags each diagnostic with the rule of its own file', () => {
    const cases: [unknown, string][] = [
      [{ StartAt: 'A', States: { A: { Type: 'Pass', End: true, Bogus: 1 } } }, VALIDATION_RULES['state-fields']],
      [{ StartAt: 'A', States: { A: { Type: 'Choice', Choices: [{ Variable: '$.x', Next: 'A' }] } } }, VALIDATION_RULES.choice],
      [{ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ MaxAttempts: 1 }], End: true } } }, VALIDATION_RULES['retry-catch']],
      [{ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } }, VALIDATION_RULES.transitions],
      [{ StartAt: 'A', States: { A: { Type: 'Wait', Timestamp: 'yesterday', End: true } } }, VALIDATION_RULES.wait],
      [{ StartAt: 'A', States: { A: { Type: 'Frob', End: true } } }, VALIDATION_RULES['state-shape']],
      [{ States: { A: { Type: 'Pass', End: true } } }, VALIDATION_RULES.machine],
      [42, VALIDATION_RULES.definition],
    ];
    for (const [definition, rule] of cases) {
      const errors = codeOf(definition);
      expect(errors.length, JSON.stringify(definition)).toBeGreaterThan(0);
      expect(errors.map((d) => d.rule)).toContain(rule);
    }
  });

  it('keeps the code AWS answers with beside the rule', () => {
    const [d] = codeOf({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } });
    expect(d).toMatchObject({ code: 'MISSING_TRANSITION_TARGET', rule: 'TRANSITIONS' });
  });

  it('does not repeat the path in the message', () => {
    const errors = codeOf({ StartAt: 'A', States: { A: { Type: 'Pass', End: 'yes', Comment: 3 } } });
    expect(errors.length).toBeGreaterThan(1);
    for (const d of errors) expect(d.message).not.toContain('/States/A');
  });
});
