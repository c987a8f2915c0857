/**
 * The largest request body the server reads. Next.js refuses bigger server-action bodies too (its
 * `serverActions.bodySizeLimit`, 1 MB by default) but answers 500; proxy.ts answers 413 first. Raise both
 * together.
 */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;
