// Readiness per exam domain, from the learner's practice-exam answers.

/** Each older answer counts this much less than the one after it, so recent form matters most. */
export const READINESS_DECAY = 0.9;
/** Fewer answers than this in a domain give no estimate (a guess from two answers is noise). */
export const READINESS_MIN_ANSWERS = 5;

export const READINESS_EXPLANATION = `Readiness is the share of your practice-exam answers in a domain that were right, with each older answer counting ${Math.round((1 - READINESS_DECAY) * 100)}% less than the one after it, shown once you have answered at least ${READINESS_MIN_ANSWERS} questions in that domain.`;

export interface DomainAnswer {
  domain: number;
  correct: boolean;
  at: Date;
}

export interface Readiness {
  domain: number;
  answers: number;
  /** 0 to 100, or null with too few answers. */
  percent: number | null;
}

export function readinessByDomain(answers: readonly DomainAnswer[], domains: readonly number[]): Readiness[] {
  return domains.map((domain) => {
    const mine = answers.filter((a) => a.domain === domain).sort((a, b) => b.at.getTime() - a.at.getTime());
    if (mine.length < READINESS_MIN_ANSWERS) return { domain, answers: mine.length, percent: null };
    let weight = 1;
    let sum = 0;
    let total = 0;
    for (const a of mine) {
      sum += a.correct ? weight : 0;
      total += weight;
      weight *= READINESS_DECAY;
    }
    return { domain, answers: mine.length, percent: Math.round((100 * sum) / total) };
  });
}
