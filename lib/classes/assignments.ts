/**
 * What an assignment points at: a lesson (slug), a practice scenario (id), a quiz topic (topic id), or
 * one of the class's own published scenarios or quiz items (their ClassScenario / ClassQuizItem id).
 */
export const ASSIGNMENT_KINDS = ['lesson', 'scenario', 'quiz', 'class-scenario', 'class-quiz-item'] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

/** How each kind is named in the assignment form and the lists. */
export const ASSIGNMENT_KIND_LABEL: Record<AssignmentKind, string> = {
  lesson: 'Lesson',
  scenario: 'Scenario',
  quiz: 'Quiz topic',
  'class-scenario': 'Scenario of this class',
  'class-quiz-item': 'Quiz item of this class',
};

export function isAssignmentKind(value: unknown): value is AssignmentKind {
  return typeof value === 'string' && (ASSIGNMENT_KINDS as readonly string[]).includes(value);
}

/** Letters and digits that cannot be mistaken for one another when read aloud or off a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

/** A join code from random bytes (the caller supplies them, so this stays pure). */
export function joinCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_LENGTH) throw new Error(`joinCodeFrom needs ${JOIN_CODE_LENGTH} bytes`);
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[bytes[i]! % JOIN_CODE_ALPHABET.length];
  return code;
}

/** What people type: lower case, spaces and dashes are forgiven. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
