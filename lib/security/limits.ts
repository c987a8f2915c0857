/**
 * The largest request body the server reads. Next.js refuses bigger server-action bodies too (its
 * `serverActions.bodySizeLimit`, 1 MB by default) but answers 500; proxy.ts answers 413 first. Raise both
 * together.
 */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

/**
 * POST /api/scenarios/<id>/submissions takes a definition of up to 1 MB (AWS's limit, MAX_DEFINITION_BYTES)
 * as a JSON string, whose escaping can double it: that route, and only it, reads up to 2 MB.
 */
export const SCENARIO_SUBMISSION_MAX_BODY_BYTES = 2 * MAX_REQUEST_BODY_BYTES;

const SCENARIO_SUBMISSION_PATH = /^\/api\/scenarios\/[^/]+\/submissions\/?$/;

/** The largest body proxy.ts lets through to this path. */
export function maxBodyBytes(pathname: string): number {
  return SCENARIO_SUBMISSION_PATH.test(pathname) ? SCENARIO_SUBMISSION_MAX_BODY_BYTES : MAX_REQUEST_BODY_BYTES;
}
