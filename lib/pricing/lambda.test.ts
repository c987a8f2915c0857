import { describe, expect, it } from 'vitest';
import { breakdownForUsage } from './cost';
import { emptyUsage } from './distributed-map';
import { lambdaMbMs, priceLambda } from './lambda';
import { getRates, requireLambda } from './rates';

describe('Lambda', () => {
  const rates = requireLambda(getRates());

  it('rounds duration up to the next 1 ms', () => {
    expect(lambdaMbMs(128, 100.2)).toBe(128n * 101n);
    expect(lambdaMbMs(128, 0)).toBe(128n);
  });

  it('charges $0.20 per million requests and $0.0000166667 per GB-second', () => {
    // 3,000,000 invocations x 1 s x 512 MB = 1,500,000 GB-s.
    const mbMs = 3_000_000n * lambdaMbMs(512, 1000);
    const noFree = priceLambda(3_000_000n, mbMs, rates, { freeTier: false });
    expect(noFree.lines.map((l) => l.amount)).toEqual(['$0.60', '$25.00']);
    // With the free tier: (3M - 1M) x $0.20/M = $0.40 and (1,500,000 - 400,000) x $0.0000166667 = $18.33337.
    const free = priceLambda(3_000_000n, mbMs, rates, { freeTier: true });
    expect(free.lines.map((l) => l.amount)).toEqual(['$0.40', '$18.33']);
    expect(Number(free.total) / 1e12).toBeCloseTo(0.4 + 1_100_000 * 0.0000166667, 9);
  });

  it('is free inside the monthly free tier', () => {
    const usage = emptyUsage();
    usage.lambdaRequests = 1_000_000n;
    usage.lambdaMbMs = 400_000n * 1_024_000n;
    expect(breakdownForUsage(usage, { freeTier: true }).totalPico).toBe('0');
    usage.lambdaRequests += 1n;
    expect(breakdownForUsage(usage, { freeTier: true }).totalPico).toBe('200000'); // one request = $0.0000002
  });
});
