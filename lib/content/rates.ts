// The rates a lesson may quote with <Rate id="…"/>, read from lib/pricing/rates.json (us-east-1, the
// region the exams and the facts sheet use). One table: the component, the check and content/README.md
// all read RATE_IDS, so a lesson never types a price.
import { getRates, RATES_CHECKED_ON } from '../pricing';
import { formatCount, formatRate } from '../pricing/money';
import type { RegionRates } from '../pricing';

interface RateEntry {
  /** What the figure is, for the README and the element's title. */
  label: string;
  figure: (rates: RegionRates) => string;
}

function express(rates: RegionRates) {
  if (!rates.express) throw new Error(`no Express rates for ${rates.region}`);
  return rates.express;
}
function lambda(rates: RegionRates) {
  if (!rates.lambda) throw new Error(`no Lambda rates for ${rates.region}`);
  return rates.lambda;
}
function firstTier(rates: RegionRates) {
  const tier = express(rates).tiers[0];
  if (!tier) throw new Error('no Express duration tier');
  return tier;
}

const RATES = {
  'standard.transitionPer1000': { label: 'Standard workflows: price per 1,000 state transitions', figure: (r) => formatRate(r.standard.perThousandTransitions) },
  'standard.transition': { label: 'Standard workflows: price of one state transition', figure: (r) => formatRate(r.standard.perThousandTransitions / 1000n) },
  'standard.freeTierTransitions': { label: 'Standard workflows: free state transitions a month', figure: (r) => formatCount(r.standard.freeTierTransitions) },
  'express.requestPerMillion': { label: 'Express workflows: price per million requests', figure: (r) => formatRate(express(r).perMillionRequests) },
  'express.gbSecondFirstTier': { label: 'Express workflows: price per GB-second, first 1,000 GB-hours a month', figure: (r) => formatRate(firstTier(r).perGbSecond) },
  'express.gbHourFirstTier': { label: 'Express workflows: price per GB-hour, first 1,000 GB-hours a month', figure: (r) => formatRate(firstTier(r).perGbHour) },
  'express.durationIncrement': { label: 'Express workflows: duration is rounded up to this', figure: (r) => `${express(r).durationIncrementMs} ms` },
  'express.memoryChunk': { label: 'Express workflows: memory is billed in chunks of', figure: (r) => `${express(r).memoryChunkMb} MB` },
  'express.baseMemory': { label: 'Express workflows: memory estimate starts at', figure: (r) => `${express(r).baseMemoryMb} MB` },
  'lambda.requestPerMillion': { label: 'Lambda: price per million requests', figure: (r) => formatRate(lambda(r).perMillionRequests) },
  'lambda.gbSecond': { label: 'Lambda: price per GB-second', figure: (r) => formatRate(lambda(r).perGbSecond) },
  'lambda.freeTierRequests': { label: 'Lambda: free requests a month', figure: (r) => formatCount(lambda(r).freeTierRequests) },
  'lambda.freeTierGbSeconds': { label: 'Lambda: free GB-seconds a month', figure: (r) => formatCount(lambda(r).freeTierGbSeconds) },
  checkedOn: { label: 'The date the prices were read from the AWS pricing pages', figure: () => RATES_CHECKED_ON },
} satisfies Record<string, RateEntry>;

export type RateId = keyof typeof RATES;
export const RATE_IDS = Object.keys(RATES) as RateId[];

export function isRateId(id: string): id is RateId {
  return Object.hasOwn(RATES, id);
}

/** The figure and its description, e.g. { text: '$0.025', label: 'Standard workflows: price per 1,000 …' }. */
export function rateFigure(id: RateId): { text: string; label: string } {
  const entry: RateEntry = RATES[id];
  return { text: entry.figure(getRates()), label: entry.label };
}
