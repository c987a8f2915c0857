// Standard workflows: billed per state transition, $0.025 per 1,000 in us-east-1, with 4,000 free each month.
// "Each retry will be charged as an additional state transition" (aws.amazon.com/step-functions/pricing).

import { formatCount, formatRate, formatUsd, mulDiv, toUsdNumber, type Pico } from './money';
import type { StandardRates } from './rates';
import type { CostLine } from './types';

export interface StandardPricing {
  lines: CostLine[];
  total: Pico;
}

export function priceStandardTransitions(
  transitions: bigint,
  rates: StandardRates,
  options: { freeTier: boolean; regionName: string },
): StandardPricing {
  const lines: CostLine[] = [];
  if (transitions === 0n) return { lines, total: 0n };
  const free = options.freeTier ? (transitions < rates.freeTierTransitions ? transitions : rates.freeTierTransitions) : 0n;
  const billed = transitions - free;
  const rateText = `${formatRate(rates.perThousandTransitions)} per 1,000 state transitions`;
  if (free > 0n) {
    lines.push({
      id: 'standard-free-tier',
      label: 'Standard state transitions (free tier)',
      quantity: Number(free),
      unit: 'state transitions',
      unitRate: '$0.00 (free tier)',
      amountUsd: 0,
      amount: '$0.00',
      amountPico: '0',
      explanation: `The first ${formatCount(rates.freeTierTransitions)} state transitions each month are free, for every account, with no expiry.`,
    });
  }
  const amount = mulDiv(billed, rates.perThousandTransitions, 1000n);
  lines.push({
    id: 'standard-transitions',
    label: 'Standard state transitions',
    quantity: Number(billed),
    unit: 'state transitions',
    unitRate: rateText,
    amountUsd: toUsdNumber(amount),
    amount: formatUsd(amount),
    amountPico: amount.toString(),
    explanation:
      `${formatCount(billed)} transitions × ${formatRate(rates.perThousandTransitions)} ÷ 1,000 in ${options.regionName}. ` +
      'A transition is counted each time a state runs, including every state inside Map iterations and Parallel branches, and each retry attempt.',
  });
  return { lines, total: amount };
}
