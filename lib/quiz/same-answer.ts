// Whether two answers are the same answer. A repeated request (issue 16) is checked against the attempt
// stored under its requestId, read back from a jsonb column: jsonb keeps an object's keys in its own order
// (shorter first, then by bytes: {"kind","keys"} comes back as {"keys","kind"}), so the JSON text of the
// answer sent and of the answer stored differ for the same answer. Compared field by field instead.
// https://www.postgresql.org/docs/current/datatype-json.html ("jsonb does not preserve ... the order of object keys")
import type { QuizAnswer } from './types';

export function sameAnswer(a: QuizAnswer, b: QuizAnswer): boolean {
  if (a.kind === 'choice' && b.kind === 'choice') {
    const x = [...a.keys].sort();
    const y = [...b.keys].sort();
    return x.length === y.length && x.every((k, i) => k === y[i]);
  }
  if (a.kind === 'numeric' && b.kind === 'numeric') return a.value === b.value;
  if (a.kind === 'definition' && b.kind === 'definition') return a.text === b.text;
  return false;
}
