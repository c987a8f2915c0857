// Security headers that are the same on every response, pages, API routes and static files alike.
// Plain JavaScript (typed by static-headers.d.mts) because next.config.js imports it; proxy.ts adds
// the per-request ones (Content-Security-Policy, Strict-Transport-Security) and uses these on the
// responses it answers itself.
export const STATIC_SECURITY_HEADERS = [
  // Never guess a type: a response is only what its Content-Type says.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Other sites see only our origin, never a lesson path or a share link's query.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // frame-ancestors 'none' in the CSP, for browsers that predate it.
  { key: 'X-Frame-Options', value: 'DENY' },
  // A window we open (or that opens us) gets no handle on this one.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Powerful features the course never uses.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
];

/** HSTS for responses served over HTTPS: two years, subdomains included (https://hstspreload.org). */
export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';
