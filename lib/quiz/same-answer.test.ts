import { describe, expect, it } from 'vitest';
import { sameAnswer } from './same-answer';
import type { QuizAnswer } from './types';

describe('sameAnswer', () => {
  it('is the same answer whatever the order of the object’s keys (as jsonb gives them back)', () => {
    const sent: QuizAnswer = { kind: 'choice', keys: ['a'] };
    const stored = JSON.parse('{"keys":["a"],"kind":"choice"}') as QuizAnswer;
    expect(JSON.stringify(stored)).not.toBe(JSON.stringify(sent));
    expect(sameAnswer(stored, sent)).toBe(true);
  });

  it('compares the chosen options as a set, numbers by value, definitions by text', () => {
    expect(sameAnswer({ kind: 'choice', keys: ['c', 'a'] }, { kind: 'choice', keys: ['a', 'c'] })).toBe(true);
    expect(sameAnswer({ kind: 'choice', keys: ['a'] }, { kind: 'choice', keys: ['a', 'b'] })).toBe(false);
    expect(sameAnswer({ kind: 'choice', keys: ['a'] }, { kind: 'choice', keys: ['b'] })).toBe(false);
    expect(sameAnswer({ kind: 'numeric', value: 12.5 }, { kind: 'numeric', value: 12.5 })).toBe(true);
    expect(sameAnswer({ kind: 'numeric', value: 12.5 }, { kind: 'numeric', value: 12 })).toBe(false);
    expect(sameAnswer({ kind: 'definition', text: '{}' }, { kind: 'definition', text: '{ }' })).toBe(false);
    expect(sameAnswer({ kind: 'definition', text: '{}' }, { kind: 'definition', text: '{}' })).toBe(true);
    expect(sameAnswer({ kind: 'numeric', value: 1 }, { kind: 'choice', keys: ['a'] })).toBe(false);
  });
});
