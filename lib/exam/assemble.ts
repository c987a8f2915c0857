// Drawing a practice exam: questions from the quiz bank and scenarios tagged for the exam, with the
// domains represented in proportion to the exam guide's weights, no question twice, and a seed stored
// for every quiz question so the exam shows (and grades) the same numbers until it ends.

import { EXAMS, parseExamTag, type ExamId } from '../content/catalog';
import { createRandom } from '../engine/random';
import { MAX_SEED, shuffled } from '../quiz/params';

/** One question of an assembled exam, as stored with the attempt. */
export type ExamEntry =
  | { kind: 'quiz'; itemId: string; seed: number; domain: number }
  | { kind: 'scenario'; scenarioId: string; domain: number };

/** Something the exam may ask: a quiz item or a scenario, with its exam tags. */
export interface Candidate {
  kind: 'quiz' | 'scenario';
  id: string;
  exams: readonly string[];
}

/** The domains of `exam` a candidate is tagged with. */
export function candidateDomains(candidate: Candidate, exam: ExamId): number[] {
  const out = new Set<number>();
  for (const text of candidate.exams) {
    const tag = parseExamTag(text);
    if (!('error' in tag) && tag.exam === exam) out.add(tag.domain);
  }
  return [...out].sort();
}

/**
 * How many questions each domain gets: its weight's share of `length` (largest remainder, so the counts
 * add up), among the domains that have questions; a domain with too few questions gives the rest to the
 * others, again by weight. Domains with no questions get none.
 */
export function allocate(exam: ExamId, available: Record<number, number>, length: number): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const d of EXAMS[exam].domains) counts[d.number] = 0;
  let remaining = Math.min(length, Object.values(available).reduce((a, b) => a + b, 0));
  while (remaining > 0) {
    const open = EXAMS[exam].domains.filter((d) => (available[d.number] ?? 0) > (counts[d.number] ?? 0));
    const total = open.reduce((a, d) => a + d.weight, 0);
    const shares = open.map((d) => ({ d: d.number, exact: (remaining * d.weight) / total, room: (available[d.number] ?? 0) - (counts[d.number] ?? 0) }));
    const given = shares.map((s) => ({ ...s, n: Math.min(Math.floor(s.exact), s.room) }));
    let left = remaining - given.reduce((a, s) => a + s.n, 0);
    // Largest remainders first; ties go to the heavier (earlier) domain.
    for (const s of [...given].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.d - b.d)) {
      if (left === 0) break;
      if (s.n < s.room) {
        s.n += 1;
        left -= 1;
      }
    }
    for (const s of given) counts[s.d] = (counts[s.d] ?? 0) + s.n;
    const placed = remaining - left;
    remaining = left;
    if (placed === 0) break;
  }
  return counts;
}

/** The exam's questions: weighted by domain, no repeats, in a seeded order, each quiz item with its own seed. */
export function assembleExam(exam: ExamId, candidates: readonly Candidate[], length: number, seed: number): ExamEntry[] {
  const byDomain = new Map<number, Candidate[]>();
  const sorted = [...candidates].sort((a, b) => `${a.kind}:${a.id}`.localeCompare(`${b.kind}:${b.id}`));
  for (const c of sorted) for (const d of candidateDomains(c, exam)) byDomain.set(d, [...(byDomain.get(d) ?? []), c]);
  // A question tagged with two domains may fill either, but only once: domains with fewer questions choose first.
  const available = Object.fromEntries([...byDomain].map(([d, list]) => [d, list.length]));
  const counts = allocate(exam, available, length);
  const used = new Set<string>();
  const picked: { candidate: Candidate; domain: number }[] = [];
  const order = [...byDomain.keys()].sort((a, b) => (available[a] ?? 0) - (available[b] ?? 0) || a - b);
  for (const domain of order) {
    const want = counts[domain] ?? 0;
    for (const c of shuffled(byDomain.get(domain) ?? [], seed + domain)) {
      if (picked.filter((p) => p.domain === domain).length >= want) break;
      const key = `${c.kind}:${c.id}`;
      if (used.has(key)) continue;
      used.add(key);
      picked.push({ candidate: c, domain });
    }
  }
  const random = createRandom(seed);
  return shuffled(picked, seed).map(({ candidate, domain }): ExamEntry =>
    candidate.kind === 'quiz' ? { kind: 'quiz', itemId: candidate.id, seed: Math.floor(random.next() * MAX_SEED), domain } : { kind: 'scenario', scenarioId: candidate.id, domain },
  );
}
