import { describe, expect, it } from 'vitest';
import { crossSiteRefusal } from './same-origin';

const h = (entries: Record<string, string>) => new Headers(entries);

describe('crossSiteRefusal', () => {
  it('lets through a same-origin browser request and a request with no browser headers at all', () => {
    expect(crossSiteRefusal(h({ host: 'stepwise.test', origin: 'https://stepwise.test', 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(crossSiteRefusal(h({ host: '127.0.0.1:3212', origin: 'http://127.0.0.1:3212' }))).toBeNull();
    expect(crossSiteRefusal(h({ host: 'stepwise.test' }))).toBeNull();
  });

  it('refuses what the browser marks as sent by another site, even with a matching Origin', () => {
    expect(crossSiteRefusal(h({ host: 'stepwise.test', origin: 'https://stepwise.test', 'sec-fetch-site': 'cross-site' }))).toMatch(/another site \(Sec-Fetch-Site: cross-site\)/);
    expect(crossSiteRefusal(h({ host: 'stepwise.test', 'sec-fetch-site': 'same-site' }))).toMatch(/same-site/);
  });

  it('refuses an Origin that is not this host, or not an address', () => {
    expect(crossSiteRefusal(h({ host: 'stepwise.test', origin: 'https://evil.test' }))).toBe('the request came from https://evil.test, not from this site');
    expect(crossSiteRefusal(h({ host: 'stepwise.test', origin: 'https://stepwise.test:8443' }))).toMatch(/not from this site/);
    expect(crossSiteRefusal(h({ host: 'stepwise.test', origin: 'null' }))).toBe('the Origin header is not an address');
  });

  it('compares with the public host a reverse proxy forwards', () => {
    const behindProxy = { host: '127.0.0.1:3000', 'x-forwarded-host': 'stepwise.test, internal', origin: 'https://stepwise.test' };
    expect(crossSiteRefusal(h(behindProxy))).toBeNull();
    expect(crossSiteRefusal(h({ ...behindProxy, origin: 'http://127.0.0.1:3000' }))).toMatch(/not from this site/);
  });
});
