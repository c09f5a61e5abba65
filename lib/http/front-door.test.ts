import { Socket } from 'node:net';
import { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  admit,
  clientAddressOf,
  cookieHeaderProblem,
  hasMalformedPath,
  isForeignServerAction,
  MAX_COOKIES,
  parseTrustProxy,
  refusalLocale,
  refusalResponse,
} from './front-door.mjs';

function incoming(url: string, headers: Record<string, string>, remoteAddress = '::ffff:127.0.0.1'): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: remoteAddress });
  const request = new IncomingMessage(socket);
  request.url = url;
  for (const [name, value] of Object.entries(headers)) request.headers[name] = value;
  return request;
}

const cookies = (count: number) => Array.from({ length: count }, (_, index) => `c${index}=1`).join('; ');

describe('parseTrustProxy', () => {
  it('should trust no proxy when unset or empty', () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy(' ')).toBe(0);
  });

  it('should take a number of hops', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
  });

  it('should refuse anything else with an error that says the fix', () => {
    expect(() => parseTrustProxy('true')).toThrow(/^front-door: TRUST_PROXY must be the number of proxy hops/);
    expect(() => parseTrustProxy('-1')).toThrow(/TRUST_PROXY/);
  });
});

describe('clientAddressOf', () => {
  it('should take the socket address and ignore X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddressOf({ socketAddress: '::ffff:192.0.2.7', forwardedFor: '127.0.0.2', trustedHops: 0 })).toBe('192.0.2.7');
  });

  it("should take the entry the trusted proxy appended, never the client's own entries", () => {
    const forwardedFor = '127.0.0.2, 198.51.100.4';
    expect(clientAddressOf({ socketAddress: '127.0.0.1', forwardedFor, trustedHops: 1 })).toBe('198.51.100.4');
    expect(clientAddressOf({ socketAddress: '127.0.0.1', forwardedFor, trustedHops: 2 })).toBe('127.0.0.2');
  });

  it('should fall back to the furthest address there is when the chain is shorter than the hops', () => {
    expect(clientAddressOf({ socketAddress: '10.0.0.1', forwardedFor: undefined, trustedHops: 1 })).toBe('10.0.0.1');
  });

  it("should say 'unknown' for an entry that is not an address", () => {
    expect(clientAddressOf({ socketAddress: '127.0.0.1', forwardedFor: '<script>', trustedHops: 1 })).toBe('unknown');
  });
});

describe('cookieHeaderProblem', () => {
  it('should let an ordinary header through', () => {
    expect(cookieHeaderProblem(undefined)).toBeNull();
    expect(cookieHeaderProblem('pathshala.sid=s%3Aabc.def; pathshala.lang=en')).toBeNull();
    expect(cookieHeaderProblem(cookies(MAX_COOKIES))).toBeNull();
  });

  it('should refuse one cookie more than the limit', () => {
    expect(cookieHeaderProblem(cookies(MAX_COOKIES + 1))).toBe('too_many_cookies');
  });

  it('should refuse a header over 8 KB whatever its count', () => {
    expect(cookieHeaderProblem(`big=${'x'.repeat(8 * 1024)}`)).toBe('cookie_header_too_large');
  });

  it('should not count empty pairs', () => {
    expect(cookieHeaderProblem(';'.repeat(500))).toBeNull();
  });
});

describe('hasMalformedPath', () => {
  it('should find percent-encoding that does not decode', () => {
    expect(hasMalformedPath('/api/demo/cart/%ff%fe')).toBe(true);
    expect(hasMalformedPath('/en/%ff')).toBe(true);
    expect(hasMalformedPath('/api/%')).toBe(true);
  });

  it('should pass good encodings and ignore the query', () => {
    expect(hasMalformedPath('/en/learn/cookies-101?x=%ff')).toBe(false);
    expect(hasMalformedPath('/en/%E0%A4%B8')).toBe(false);
  });
});

describe('isForeignServerAction', () => {
  const action = { 'next-action': 'abc', host: 'localhost:3000' };

  it('should find a server action posted from another site', () => {
    expect(isForeignServerAction({ ...action, origin: 'https://evil.example' }, 'POST', 0)).toBe(true);
    expect(isForeignServerAction({ ...action, origin: 'null' }, 'POST', 0)).toBe(true);
  });

  it('should let this site’s own actions, other requests and Origin-less posts through', () => {
    expect(isForeignServerAction({ ...action, origin: 'http://localhost:3000' }, 'POST', 0)).toBe(false);
    expect(isForeignServerAction({ host: 'localhost:3000', origin: 'https://evil.example' }, 'POST', 0)).toBe(false);
    expect(isForeignServerAction({ ...action, origin: 'https://evil.example' }, 'GET', 0)).toBe(false);
    expect(isForeignServerAction(action, 'POST', 0)).toBe(false);
  });

  it('should match X-Forwarded-Host only from a trusted proxy', () => {
    const proxied = { ...action, host: '127.0.0.1:3000', 'x-forwarded-host': 'class.example', origin: 'https://class.example' };
    expect(isForeignServerAction(proxied, 'POST', 1)).toBe(false);
    expect(isForeignServerAction(proxied, 'POST', 0)).toBe(true);
  });
});

describe('refusalLocale', () => {
  it('should prefer the header, then the path, then the cookie, then Hinglish', () => {
    expect(refusalLocale({ localeHeader: 'en', url: '/hi-latn/x', cookieHeader: undefined })).toBe('en');
    expect(refusalLocale({ localeHeader: undefined, url: '/en/%ff', cookieHeader: 'pathshala.lang=hi-latn' })).toBe('en');
    expect(refusalLocale({ localeHeader: undefined, url: '/api/x', cookieHeader: 'a=1; pathshala.lang=en' })).toBe('en');
    expect(refusalLocale({ localeHeader: 'fr', url: '/api/x', cookieHeader: 'xpathshala.lang=en' })).toBe('hi-latn');
  });

  it('should know Devanagari Hindi by header, path and cookie, and not mistake hi-latn for it', () => {
    expect(refusalLocale({ localeHeader: 'HI', url: '/api/x', cookieHeader: undefined })).toBe('hi');
    expect(refusalLocale({ localeHeader: undefined, url: '/hi/learn/%ff', cookieHeader: 'pathshala.lang=en' })).toBe('hi');
    expect(refusalLocale({ localeHeader: undefined, url: '/api/x', cookieHeader: 'pathshala.lang=hi' })).toBe('hi');
    expect(refusalLocale({ localeHeader: undefined, url: '/api/x', cookieHeader: 'pathshala.lang=hi-latn' })).toBe('hi-latn');
    expect(refusalLocale({ localeHeader: undefined, url: '/api/x', cookieHeader: 'pathshala.lang=hin' })).toBe('hi-latn');
  });
});

describe('refusalResponse', () => {
  it('should answer the API with a JSON error and the security headers', () => {
    const response = refusalResponse('request_header_too_large', { locale: 'en', url: '/api/demo/me' });
    expect(response.status).toBe(431);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(response.body)).toEqual({
      error: { code: 'request_header_too_large', message: expect.stringContaining('too many cookies') },
    });
  });

  it('should answer a page with HTML in the learner language that runs no script', () => {
    const response = refusalResponse('bad_request_path', { locale: 'hi-latn', url: '/hi-latn/%ff' });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.body).toContain('<html lang="hi-Latn">');
    expect(response.body).toContain('percent-encoding');
    expect(response.body).not.toContain('<script');
  });

  it('should answer a hi page in Devanagari under <html lang="hi"> with a link to /hi', () => {
    const response = refusalResponse('bad_request_path', { locale: 'hi', url: '/hi/%ff' });
    expect(response.body).toContain('<html lang="hi">');
    expect(response.body).toContain('<a href="/hi">Course की शुरुआत पर जाइए</a>');
    expect(response.body).toContain('percent-encoding');
    expect(response.body).toContain('पढ़ा नहीं जा सका');
  });
});

describe('admit', () => {
  it("should replace a client's own address headers with the socket's", () => {
    const request = incoming(
      '/api/demo/me',
      {
        'x-forwarded-for': '127.0.0.2',
        'x-pathshala-client-address': '127.0.0.1',
        'x-pathshala-socket-address': '127.0.0.1',
      },
      '::ffff:192.0.2.50',
    );
    expect(admit(request, { trustedHops: 0 })).toBeNull();
    expect(request.headers['x-pathshala-client-address']).toBe('192.0.2.50');
    expect(request.headers['x-pathshala-socket-address']).toBe('192.0.2.50');
    expect(request.headers['x-forwarded-for']).toBeUndefined();
  });

  it('should ask Next for uncompressed API answers and leave pages as the browser asked', () => {
    const api = incoming('/api/inspect', { 'accept-encoding': 'gzip, br' });
    expect(admit(api, { trustedHops: 0 })).toBeNull();
    expect(api.headers['accept-encoding']).toBeUndefined();
    const page = incoming('/en/apiary', { 'accept-encoding': 'gzip, br' });
    expect(admit(page, { trustedHops: 0 })).toBeNull();
    expect(page.headers['accept-encoding']).toBe('gzip, br');
  });

  it('should keep X-Forwarded-For and take its trusted entry behind a proxy', () => {
    const request = incoming('/api/demo/me', { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }, '127.0.0.1');
    expect(admit(request, { trustedHops: 1 })).toBeNull();
    expect(request.headers['x-pathshala-client-address']).toBe('203.0.113.9');
    expect(request.headers['x-pathshala-socket-address']).toBe('127.0.0.1');
  });

  it('should refuse a request with too many cookies before anything else', () => {
    const refusal = admit(incoming('/api/demo/cart/%ff', { cookie: cookies(3_200) }), { trustedHops: 0 });
    expect(refusal?.status).toBe(431);
  });

  it('should refuse a malformed path', () => {
    expect(admit(incoming('/api/%ff', {}), { trustedHops: 0 })?.status).toBe(400);
  });
});
