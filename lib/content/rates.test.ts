import { describe, expect, it } from 'vitest';
import { getRates } from '../pricing';
import { formatRate } from '../pricing/money';
import { isRateId, RATE_IDS, rateFigure } from './rates';

describe('rates a lesson can quote', () => {
  it('come from lib/pricing/rates.json, never typed', () => {
    const rates = getRates();
    expect(rateFigure('standard.transitionPer1000').text).toBe(formatRate(rates.standard.perThousandTransitions));
    expect(rateFigure('standard.freeTierTransitions').text).toBe(rates.standard.freeTierTransitions.toLocaleString('en-US'));
    expect(rateFigure('express.memoryChunk').text).toBe(`${rates.express!.memoryChunkMb} MB`);
  });

  it('every id resolves to a figure and a label', () => {
    for (const id of RATE_IDS) {
      const { text, label } = rateFigure(id);
      expect(text, id).toMatch(/\d/);
      expect(label.length, id).toBeGreaterThan(5);
    }
    expect(isRateId('standard.transitionPer1000')).toBe(true);
    expect(isRateId('toString')).toBe(false);
  });
});
