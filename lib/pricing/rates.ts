// Typed access to rates.json: the one place every price lives, with its source page and the date it was
// read. Prices become exact pico-dollar bigints here; nothing downstream sees a float rate.

import data from './rates.json';
import { parseUsd, type Pico } from './money';
import { PricingError } from './errors';

export const DEFAULT_REGION = 'us-east-1';

/** Size of one Express duration tier, in GB-seconds (null: no upper bound). */
export interface DurationTier {
  upToGbSeconds: bigint | null;
  perGbSecond: Pico;
  perGbHour: Pico;
  /** The figures as written on the page, for explanations. */
  perGbSecondText: string;
  perGbHourText: string;
  upToGbHours: number | null;
}

export interface StandardRates {
  perThousandTransitions: Pico;
  perThousandText: string;
  freeTierTransitions: bigint;
  source: string;
}

export interface ExpressRates {
  perMillionRequests: Pico;
  perMillionText: string;
  tiers: DurationTier[];
  baseMemoryMb: number;
  memoryChunkMb: number;
  durationIncrementMs: number;
  source: string;
}

export interface LambdaRates {
  perMillionRequests: Pico;
  perMillionText: string;
  perGbSecond: Pico;
  perGbSecondText: string;
  freeTierRequests: bigint;
  freeTierGbSeconds: bigint;
  durationIncrementMs: number;
  source: string;
}

export interface RegionRates {
  region: string;
  regionName: string;
  checkedOn: string;
  standard: StandardRates;
  /** Undefined where the regional Express price could not be confirmed (see rates.json notes). */
  express?: ExpressRates;
  lambda?: LambdaRates;
}

interface TierJson {
  upToGbHours: number | null;
  perGbSecond: string;
  perGbHour: string;
}

const regionNames: Record<string, string> = data.regionNames;
const standardByRegion: Record<string, string> = data.standard.pricePer1000TransitionsByRegion;
const expressByRegion: Record<string, { pricePerMillionRequests: string; durationTiers: TierJson[] }> =
  data.express.byRegion;
const lambdaByRegion: Record<string, { pricePerMillionRequests: string; perGbSecond: string }> =
  data.lambda.byRegion;

export const RATES_CHECKED_ON: string = data.checkedOn;
export const RATE_SOURCES = {
  stepFunctions: data.standard.source,
  lambda: data.lambda.source,
} as const;

/** Regions with a confirmed Standard price, and which of them also have Express and Lambda prices. */
export function listRegions(): { region: string; name: string; standard: true; express: boolean; lambda: boolean }[] {
  return Object.keys(standardByRegion).map((region) => ({
    region,
    name: regionNames[region] ?? region,
    standard: true as const,
    express: region in expressByRegion,
    lambda: region in lambdaByRegion,
  }));
}

export function getRates(region: string = DEFAULT_REGION): RegionRates {
  const perThousand = standardByRegion[region];
  if (perThousand === undefined) {
    throw new PricingError(
      'UNKNOWN_REGION',
      `No Step Functions price is recorded for region "${region}". Known regions: ${Object.keys(standardByRegion).join(', ')}.`,
      ['region'],
    );
  }
  const rates: RegionRates = {
    region,
    regionName: regionNames[region] ?? region,
    checkedOn: data.checkedOn,
    standard: {
      perThousandTransitions: parseUsd(perThousand),
      perThousandText: perThousand,
      freeTierTransitions: BigInt(data.standard.freeTierTransitionsPerMonth),
      source: data.standard.source,
    },
  };
  const express = expressByRegion[region];
  if (express) {
    let previous: number | null = 0;
    const tiers = express.durationTiers.map((tier, index): DurationTier => {
      if (tier.upToGbHours !== null && previous !== null && tier.upToGbHours <= previous) {
        throw new PricingError('BAD_RATES', `Express duration tiers must ascend`, ['express', region, 'durationTiers', index]);
      }
      previous = tier.upToGbHours;
      return {
        upToGbSeconds: tier.upToGbHours === null ? null : BigInt(tier.upToGbHours) * 3600n,
        upToGbHours: tier.upToGbHours,
        perGbSecond: parseUsd(tier.perGbSecond),
        perGbHour: parseUsd(tier.perGbHour),
        perGbSecondText: tier.perGbSecond,
        perGbHourText: tier.perGbHour,
      };
    });
    rates.express = {
      perMillionRequests: parseUsd(express.pricePerMillionRequests),
      perMillionText: express.pricePerMillionRequests,
      tiers,
      baseMemoryMb: data.express.baseMemoryMb,
      memoryChunkMb: data.express.memoryChunkMb,
      durationIncrementMs: data.express.durationIncrementMs,
      source: data.express.source,
    };
  }
  const lambda = lambdaByRegion[region];
  if (lambda) {
    rates.lambda = {
      perMillionRequests: parseUsd(lambda.pricePerMillionRequests),
      perMillionText: lambda.pricePerMillionRequests,
      perGbSecond: parseUsd(lambda.perGbSecond),
      perGbSecondText: lambda.perGbSecond,
      freeTierRequests: BigInt(data.lambda.freeTier.requestsPerMonth),
      freeTierGbSeconds: BigInt(data.lambda.freeTier.gbSecondsPerMonth),
      durationIncrementMs: data.lambda.durationIncrementMs,
      source: data.lambda.source,
    };
  }
  return rates;
}

export function requireExpress(rates: RegionRates): ExpressRates {
  if (!rates.express) {
    throw new PricingError(
      'RATES_NOT_CONFIRMED',
      `Express prices for ${rates.region} (${rates.regionName}) are not recorded: only us-east-1 Express prices could be confirmed from the pricing page.`,
      ['region'],
    );
  }
  return rates.express;
}

export function requireLambda(rates: RegionRates): LambdaRates {
  if (!rates.lambda) {
    throw new PricingError(
      'RATES_NOT_CONFIRMED',
      `Lambda prices for ${rates.region} (${rates.regionName}) are not recorded: only us-east-1 Lambda prices are on the facts sheet.`,
      ['region'],
    );
  }
  return rates.lambda;
}
