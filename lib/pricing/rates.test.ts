import { describe, expect, it } from 'vitest';
import { PricingError } from './errors';
import { parseUsd } from './money';
import { getRates, listRegions, requireExpress, requireLambda } from './rates';

describe('rates', () => {
  it('holds the us-east-1 figures of the facts sheet', () => {
    const rates = getRates('us-east-1');
    expect(rates.standard.perThousandTransitions).toBe(parseUsd('0.025'));
    expect(rates.standard.freeTierTransitions).toBe(4000n);
    const express = requireExpress(rates);
    expect(express.perMillionRequests).toBe(parseUsd('1'));
    expect(express.tiers.map((t) => t.perGbSecond)).toEqual([parseUsd('0.00001667'), parseUsd('0.00000833'), parseUsd('0.00000456')]);
    expect(express.tiers.map((t) => t.upToGbHours)).toEqual([1000, 5000, null]);
    expect(express.memoryChunkMb).toBe(64);
    expect(express.durationIncrementMs).toBe(100);
    const lambda = requireLambda(rates);
    expect(lambda.perMillionRequests).toBe(parseUsd('0.20'));
    expect(lambda.perGbSecond).toBe(parseUsd('0.0000166667'));
    expect(lambda.freeTierRequests).toBe(1_000_000n);
    expect(lambda.freeTierGbSeconds).toBe(400_000n);
    expect(rates.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rates.standard.source).toBe('https://aws.amazon.com/step-functions/pricing/');
  });

  it('uses the regional Standard prices from the pricing page', () => {
    expect(getRates('us-west-1').standard.perThousandTransitions).toBe(parseUsd('0.0279'));
    expect(getRates('sa-east-1').standard.perThousandTransitions).toBe(parseUsd('0.0375'));
    expect(getRates('eu-west-3').standard.perThousandTransitions).toBe(parseUsd('0.0297'));
    expect(listRegions()).toHaveLength(18);
  });

  it('refuses to guess prices it could not confirm', () => {
    const paris = getRates('eu-west-3');
    expect(paris.express).toBeUndefined();
    expect(() => requireExpress(paris)).toThrow(/only us-east-1 Express prices/);
    expect(() => requireLambda(paris)).toThrow(PricingError);
    try {
      getRates('mars-north-1');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PricingError);
      expect((e as PricingError).code).toBe('UNKNOWN_REGION');
      expect((e as PricingError).path).toEqual(['region']);
    }
  });
});
