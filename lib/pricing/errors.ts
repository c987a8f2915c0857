// Bad pricing input is reported as data with a path (which option, which field), like the engine's
// diagnostics, so the CLI and the UI can say where and why.

export class PricingError extends Error {
  constructor(
    /** Stable code: 'UNKNOWN_REGION', 'RATES_NOT_CONFIRMED', 'INVALID_OPTION', 'BAD_RATES'. */
    public readonly code: string,
    message: string,
    /** Where the problem is, e.g. ['options', 'runsPerMonth'] or ['billing', 'childExecutions', 0, 'count']. */
    public readonly path: (string | number)[] = [],
  ) {
    super(message);
    this.name = 'PricingError';
  }
}

export function requireNonNegativeInteger(value: unknown, path: (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new PricingError('INVALID_OPTION', `${path.join('.')} must be a non-negative integer, got ${JSON.stringify(value)}`, path);
  }
  return value;
}

export function requireNonNegativeNumber(value: unknown, path: (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new PricingError('INVALID_OPTION', `${path.join('.')} must be a non-negative number, got ${JSON.stringify(value)}`, path);
  }
  return value;
}
