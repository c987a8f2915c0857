// How long one run may take in the browser before its worker is terminated from outside (issue 14: nothing a
// definition says may hold a thread past its budget; a shared link that runs on open stops here too).
// TODO(wip/harden-engine): read the browser's default from the engine's budget table once it lands; until
// then this constant is the browser's budget. Two minutes: the million-item example takes about 40 s on a
// laptop, so a slow phone still finishes it.
export const BROWSER_RUN_BUDGET_MS = 120_000;
