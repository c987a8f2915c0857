/**
 * The Content-Security-Policy, as a pure function of what one response needs (issue 14). Everything the
 * app loads comes from its own origin; inline scripts run only when the policy names them:
 *
 * - by hash on prerendered pages (home, lessons, sandbox, 404), whose HTML is fixed at build time, so
 *   they stay static (lib/security/prerendered-scripts.ts hashes the inline scripts of each page);
 * - by nonce on pages rendered per request (Next.js puts the nonce it finds in the request's policy on
 *   its own scripts: node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md);
 * - the theme script in app/layout.tsx by its hash everywhere: React renders it, so it never gets a nonce.
 */
export type CspOptions = {
  /** Base64 nonce for scripts Next.js renders per request. */
  nonce?: string;
  /** 'sha256-...' sources for the inline scripts of a prerendered page. */
  scriptHashes?: readonly string[];
  /** `next dev`: React needs eval for its debugging stacks. */
  dev?: boolean;
  /** Served over HTTPS: ask browsers to upgrade any http:// subresource. */
  https?: boolean;
};

export function contentSecurityPolicy({ nonce, scriptHashes = [], dev = false, https = false }: CspOptions): string {
  const script = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...new Set(scriptHashes),
    // WebAssembly compilation (the handler sandbox's QuickJS, wip/harden-engine) without allowing eval.
    "'wasm-unsafe-eval'",
    ...(dev ? ["'unsafe-eval'"] : []),
  ];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', ...script],
    // Inline styles are allowed: CodeMirror (style-mod) writes its theme into a <style> element at run
    // time, on static pages (lessons with a sandbox, /sandbox) that cannot carry a per-request nonce, and
    // its text changes as editor features mount, so no fixed hash fits. CSS cannot run script, and with
    // img-src, font-src and connect-src limited to our origin it cannot send anything elsewhere either.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    // The sandbox's engine runs in a Web Worker loaded from /_next/static (same origin, no blob: URL).
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  if (https) directives.push(['upgrade-insecure-requests']);
  return directives.map((d) => d.join(' ')).join('; ');
}

/** The policy for responses that are not pages (errors answered before routing): nothing may load. */
export const LOCKED_DOWN_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The text of every inline (no `src`) script element in an HTML document, in order. */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    // Data blocks (application/json, application/ld+json) never run, so need no permission.
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    found.push(m[2] ?? '');
  }
  return found;
}
