import { describe, expect, it } from 'vitest';
import { generateCostScenario, isAcceptedCostAnswer, type CostScenarioKind } from './scenarios';

const KINDS: CostScenarioKind[] = ['standard-monthly', 'express-monthly', 'inline-map-monthly'];

describe('generateCostScenario', () => {
  it('is the same for the same seed and varies between seeds', () => {
    expect(generateCostScenario(42)).toEqual(generateCostScenario(42));
    const questions = new Set(Array.from({ length: 20 }, (_, seed) => generateCostScenario(seed).question));
    expect(questions.size).toBeGreaterThan(10);
  });

  it.each(KINDS)('%s: one correct choice, distinct distractors each tied to a mistake', (kind) => {
    for (let seed = 0; seed < 25; seed++) {
      const s = generateCostScenario(seed, kind);
      expect(s.kind).toBe(kind);
      expect(s.choices.filter((c) => c.correct)).toHaveLength(1);
      expect(s.choices.find((c) => c.correct)?.display).toBe(s.answer.display);
      expect(new Set(s.choices.map((c) => c.display)).size).toBe(s.choices.length);
      expect(s.distractors.length).toBeGreaterThanOrEqual(2);
      for (const d of s.distractors) expect(d.mistake.length).toBeGreaterThan(10);
    }
  });

  it('standard-monthly: the answer is (states + retries) x runs - 4,000 free, x $0.000025', () => {
    for (let seed = 0; seed < 15; seed++) {
      const s = generateCostScenario(seed, 'standard-monthly');
      const { runsPerMonth, statesPerRun, retriesPerRun } = s.params as Record<string, number>;
      const billed = Math.max(0, (statesPerRun! + retriesPerRun!) * runsPerMonth! - 4000);
      expect(s.answer.usd).toBeCloseTo(billed * 0.000025, 9);
      const forgotRetries = Math.max(0, statesPerRun! * runsPerMonth! - 4000) * 0.000025;
      expect(s.distractors.some((d) => Math.abs(d.usd - forgotRetries) < 1e-9 && /Retries/.test(d.mistake))).toBe(true);
    }
  });

  it('express-monthly: the answer rounds duration up to 100 ms and memory up to 64 MB chunks', () => {
    for (let seed = 0; seed < 15; seed++) {
      const s = generateCostScenario(seed, 'express-monthly');
      const p = s.params as Record<string, number>;
      const mb = 50 + (p.definitionKb! + p.payloadKb! * p.mapSteps!) / 1000;
      const billedMb = Math.ceil(mb / 64) * 64;
      const billedMs = Math.ceil(p.durationMs! / 100) * 100;
      const gbs = (p.runsPerMonth! * billedMb * billedMs) / 1_024_000;
      const t1 = Math.min(gbs, 3_600_000), t2 = Math.min(Math.max(gbs - 3_600_000, 0), 14_400_000), t3 = Math.max(gbs - 18_000_000, 0);
      const expected = p.runsPerMonth! / 1e6 + t1 * 0.00001667 + t2 * 0.00000833 + t3 * 0.00000456;
      expect(s.answer.usd).toBeCloseTo(expected, 6);
      expect(s.distractors.map((d) => d.mistake).join(' ')).toMatch(/100 ms/);
    }
  });

  it('inline-map-monthly: every state of every iteration counts', () => {
    const s = generateCostScenario(7, 'inline-map-monthly');
    const p = s.params as Record<string, number>;
    const transitions = (2 + p.items! * p.statesPerItem!) * p.runsPerMonth!;
    expect(s.answer.usd).toBeCloseTo(Math.max(0, transitions - 4000) * 0.000025, 9);
    expect(s.answer.explanation).toMatch(/Distributed Map/);
  });
});

describe('isAcceptedCostAnswer', () => {
  it('accepts the answer to the cent, rejects every distractor', () => {
    for (let seed = 0; seed < 300; seed++) {
      const s = generateCostScenario(seed);
      expect(isAcceptedCostAnswer(s, Number(s.answer.display.replace(/[$,]/g, '')))).toBe(true);
      for (const d of s.distractors) expect(isAcceptedCostAnswer(s, d.usd)).toBe(false);
    }
  });

  it("accepts AWS's GB-hour arithmetic for Express answers", () => {
    const s = generateCostScenario(3, 'express-monthly');
    const { minUsd, maxUsd } = s.answer.acceptedRange;
    expect(maxUsd - minUsd).toBeGreaterThanOrEqual(0.01);
    expect(isAcceptedCostAnswer(s, Number.NaN)).toBe(false);
  });
});
