import { NextResponse, type NextRequest } from 'next/server';
import { themeInitScript } from '@/components/site/theme';
import { appSecret } from '@/lib/auth/app-secret';
import { GUEST_COOKIE, guestCookieOptions } from '@/lib/learner/cookie';
import { shouldIssueGuestToken } from '@/lib/learner/issue';
import { issueGuestToken } from '@/lib/learner/token';
import { contentSecurityPolicy, LOCKED_DOWN_CSP } from '@/lib/security/csp';
import { maxBodyBytes } from '@/lib/security/limits';
import { cspHash, prerenderedScripts } from '@/lib/security/prerendered-scripts';
import { HSTS_VALUE, STATIC_SECURITY_HEADERS } from '@/lib/security/static-headers.mjs';

/**
 * Runs before every page, route handler and server action (not static files): answers malformed and
 * oversized requests itself with a short message, and gives every other response its
 * Content-Security-Policy (and HSTS over HTTPS). The headers that never vary come from next.config.js.
 * A new visitor's first page also brings their guest token (no learner row yet: lib/learner/issue.ts).
 */
export async function proxy(request: NextRequest) {
  const refusal = refuse(request) ?? (await refuseActionBody(request));
  if (refusal) return refusal;

  const https = isHttps(request);
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const scripts = prerenderedScripts();
  const pageHashes = scripts.forPath(request.nextUrl.pathname);
  const policy = contentSecurityPolicy({
    // A prerendered page is served as built: its scripts are allowed by hash. Anything else may be
    // rendered now (nonce) or answered with the prerendered 404 or error page (their hashes).
    nonce: pageHashes ? undefined : nonce,
    scriptHashes: [THEME_SCRIPT_HASH, ...(pageHashes ?? scripts.fallback)],
    dev: process.env.NODE_ENV === 'development',
    https,
  });

  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (https) response.headers.set('Strict-Transport-Security', HSTS_VALUE);
  if (shouldIssueGuestToken(request)) {
    // The token comes with the page, before any write it may send (lib/learner/issue.ts). This one
    // response is personal now, so no shared cache may keep it.
    response.cookies.set(GUEST_COOKIE, issueGuestToken(appSecret()), guestCookieOptions());
    response.headers.set('Cache-Control', 'private, no-store');
  }
  return response;
}

const THEME_SCRIPT_HASH = cspHash(themeInitScript);

/** Behind a TLS-terminating proxy the app sees http; the proxy says https in X-Forwarded-Proto. */
function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded ? forwarded === 'https' : request.nextUrl.protocol === 'https:';
}

/** A short plain answer for a request the app will not process, with the headers every response gets. */
function plain(status: number, message: string, extra: Record<string, string> = {}) {
  const headers = new Headers({ 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': LOCKED_DOWN_CSP, 'Cache-Control': 'no-store', ...extra });
  for (const { key, value } of STATIC_SECURITY_HEADERS) headers.set(key, value);
  return new NextResponse(`${message}\n`, { status, headers });
}

function refuse(request: NextRequest): NextResponse | null {
  // A path like /learn/%E0%A4%A cannot be decoded; Next.js answered a bare 500 (issue 14).
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return plain(400, 'Bad request: the address contains a "%" that is not followed by two hexadecimal digits of valid UTF-8. Check the link.');
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const length = request.headers.get('content-length');
    const limit = maxBodyBytes(request.nextUrl.pathname);
    if (length === null) {
      // A chunked body could be any size; every browser form and fetch sends its length.
      if (request.headers.get('transfer-encoding')) return plain(411, 'Length required: send the request body with a Content-Length.');
    } else if (!/^\d+$/.test(length.trim())) {
      return plain(400, 'Bad request: Content-Length is not a number.');
    } else if (Number(length) > limit) {
      // Next.js refuses these server-action bodies too, but with a 500 and a stack trace in the log.
      return plain(413, `Request too large: the body is ${Number(length).toLocaleString('en')} bytes, and the limit is ${limit / 1024 / 1024} MB.`);
    }
  }
  return null;
}

/**
 * A server action's body is multipart (when an argument is form data) or the JSON list of its arguments.
 * Anything else made Next.js call `action.apply(null, "just text")` and answer 500 ("CreateListFromArrayLike
 * called on non-object"). Actions still validate the arguments themselves (lib/forms/parse-form.ts).
 */
async function refuseActionBody(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  const type = request.headers.get('content-type') ?? '';
  if (/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) return null;
  let args: unknown;
  try {
    args = JSON.parse(await request.text()); // at most 1 MB: refuse() checked the length
  } catch {
    args = undefined;
  }
  return Array.isArray(args) ? null : plain(400, 'Bad request: a server action takes a list of arguments, sent as React sends them.');
}

export const config = {
  // Static files need neither a policy nor these checks (next.config.js still gives them the fixed headers).
  // Nor does a quiz answer (POST /api/quiz/attempts, every few seconds per learner: issue 16's write-latency
  // target): its route makes the body checks itself and answers JSON with a locked-down policy
  // (lib/quiz-server/answer-request.ts), and skipping the proxy saves its work on the hottest write.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/quiz/attempts).*)'],
};
