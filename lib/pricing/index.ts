// Public API of the cost model. Pure TypeScript: runs in the browser worker, on the server and in the CLI.

export { costOf, projectMonthly, withExtraUsage, breakdownForUsage, type ProjectionOptions } from './cost';
export { compareMapDesigns, type MapWorkload, type MapDesignComparison, type DesignCost, type DesignId } from './compare';
export { getRates, listRegions, DEFAULT_REGION, RATES_CHECKED_ON, RATE_SOURCES, type RegionRates } from './rates';
export { billedDurationMs, estimateExpressMemory, MB_MS_PER_GB_SECOND } from './express';
export { formatUsd, formatRate, formatCount, parseUsd, PICO_PER_USD } from './money';
export { emptyUsage } from './distributed-map';
export { PricingError } from './errors';
export type * from './types';
