// Cross-site request forgery for JSON route handlers that write. Server actions get this check from Next.js
// (the Origin's host must be the Host or X-Forwarded-Host); a route handler has to do it itself.
// https://nextjs.org/docs/app/guides/data-security#built-in-server-actions-security-features
// https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html

type HeaderReader = { get(name: string): string | null };

/**
 * Why a state-changing request must be refused as cross-site, or null when it may proceed. A browser marks
 * every fetch with Sec-Fetch-Site and every POST with Origin: either saying another site sent it is
 * enough to refuse. A request with neither (curl, a script) carries no ambient browser cookies to abuse.
 */
export function crossSiteRefusal(headers: HeaderReader): string | null {
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return `the browser says this request came from another site (Sec-Fetch-Site: ${site})`;
  const origin = headers.get('origin');
  if (origin === null) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return 'the Origin header is not an address';
  }
  // Behind a reverse proxy the public host arrives in X-Forwarded-Host (its first entry), as Next.js reads it.
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  if (!host || originHost.toLowerCase() !== host.toLowerCase()) return `the request came from ${origin}, not from this site`;
  return null;
}
