import { describe, expect, it } from 'vitest';
import {
  hasRefusedContentType,
  isCrossOrigin,
  isHttpsRequest,
  isUnsafeMethod,
  LINGER_BYTES,
  MAX_BODY_BYTES,
  parseJson,
  readBodyText,
  requestLocale,
  SITE_TRUSTS_FORWARDED_PROTO,
} from './request-guards';
import { parseSessionConfig, siteSessionOptions } from '../site/session';

describe('requestLocale', () => {
  it('should prefer the X-Pathshala-Locale header, then the pathshala.lang cookie, then Hinglish', () => {
    expect(requestLocale(new Headers({ 'x-pathshala-locale': 'en', cookie: 'pathshala.lang=hi-latn' }))).toBe('en');
    expect(requestLocale(new Headers({ 'x-pathshala-locale': 'HI-LATN' }))).toBe('hi-latn');
    expect(requestLocale(new Headers({ 'x-pathshala-locale': 'fr', cookie: 'a=1; pathshala.lang=en' }))).toBe('en');
    expect(requestLocale(new Headers({ cookie: 'pathshala.lang=de' }))).toBe('hi-latn');
    expect(requestLocale(new Headers())).toBe('hi-latn');
  });
});

describe('isCrossOrigin', () => {
  const headers = (origin: string | null, host: string | null = 'localhost:3000') =>
    new Headers({ ...(origin === null ? {} : { origin }), ...(host === null ? {} : { host }) });

  it('should allow a request from this host, and one without Origin (curl)', () => {
    expect(isCrossOrigin(headers('http://localhost:3000'), 'http:')).toBe(false);
    expect(isCrossOrigin(headers('https://LOCALHOST:3000'), 'https:')).toBe(false);
    expect(isCrossOrigin(headers(null), 'http:')).toBe(false);
  });

  it('should refuse the same host under another scheme', () => {
    expect(isCrossOrigin(headers('http://localhost:3000'), 'https:')).toBe(true);
    expect(isCrossOrigin(headers('https://localhost:3000'), 'http:')).toBe(true);
  });

  it('should refuse another host, another port, Origin: null and a malformed Origin', () => {
    expect(isCrossOrigin(headers('http://evil.example'), 'http:')).toBe(true);
    expect(isCrossOrigin(headers('http://localhost:3001'), 'http:')).toBe(true);
    expect(isCrossOrigin(headers('null'), 'http:')).toBe(true);
    expect(isCrossOrigin(headers('not a url'), 'http:')).toBe(true);
    expect(isCrossOrigin(headers('http://localhost:3000', null), 'http:')).toBe(true);
  });
});

describe('hasRefusedContentType', () => {
  const type = (value: string | null) => new Headers(value === null ? {} : { 'content-type': value });

  it('should take JSON, with parameters or as a +json type, on a JSON endpoint', () => {
    expect(hasRefusedContentType(type('application/json'), 'json')).toBe(false);
    expect(hasRefusedContentType(type('Application/JSON; charset=utf-8'), 'json')).toBe(false);
    expect(hasRefusedContentType(type('application/merge-patch+json'), 'json')).toBe(false);
  });

  it('should refuse the types a cross-site form can send, and any other type, on a JSON endpoint', () => {
    for (const value of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      expect(hasRefusedContentType(type(value), 'json')).toBe(true);
    }
  });

  it('should leave a missing type to be judged by the body', () => {
    expect(hasRefusedContentType(type(null), 'json')).toBe(false);
  });

  it('should refuse only the form types on a body-less endpoint', () => {
    expect(hasRefusedContentType(type(null), 'none')).toBe(false);
    expect(hasRefusedContentType(type('application/json'), 'none')).toBe(false);
    expect(hasRefusedContentType(type('text/plain;charset=UTF-8'), 'none')).toBe(true);
    expect(hasRefusedContentType(type('multipart/form-data; boundary=x'), 'none')).toBe(true);
  });
});

describe('isUnsafeMethod', () => {
  it('should treat everything but GET, HEAD and OPTIONS as state-changing', () => {
    expect(['GET', 'head', 'OPTIONS'].map(isUnsafeMethod)).toEqual([false, false, false]);
    expect(['POST', 'PATCH', 'DELETE', 'PUT'].map(isUnsafeMethod)).toEqual([true, true, true, true]);
  });
});

function chunkedRequest(chunks: number, chunkBytes: number, headers: Record<string, string> = {}): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ === chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
  return new Request('http://localhost/api', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

/** A streamed body of `chunks` chunks that counts how often it was pulled. */
function countedStream(chunks: number, chunkBytes: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      if (pulled > chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
  const request = new Request('http://localhost/api', { method: 'POST', body, duplex: 'half' } as RequestInit);
  return { request, pulls: () => pulled };
}

describe('readBodyText', () => {
  it('should read a body of up to 16 KB', async () => {
    const text = 'x'.repeat(MAX_BODY_BYTES);
    expect(await readBodyText(new Request('http://localhost/api', { method: 'POST', body: text }))).toEqual({ ok: true, value: text });
  });

  it('should refuse a Content-Length over 16 KB, dropping the body rather than keeping it', async () => {
    const request = chunkedRequest(2, 16 * 1024, { 'content-length': String(2 * 16 * 1024) });
    expect(await readBodyText(request)).toEqual({ ok: false, error: { code: 'body_too_large' } });
  });

  it('should refuse a chunked 2 MB body, reading it to the end so the client gets the 413', async () => {
    const { request, pulls } = countedStream(128, 16 * 1024);
    expect(await readBodyText(request)).toEqual({ ok: false, error: { code: 'body_too_large' } });
    expect(pulls()).toBe(129);
  });

  it('should cancel a refused body once more than 4 MB arrived', async () => {
    const { request, pulls } = countedStream(100_000, 64 * 1024);
    expect(await readBodyText(request)).toEqual({ ok: false, error: { code: 'body_too_large' } });
    expect(pulls()).toBeLessThanOrEqual(LINGER_BYTES / (64 * 1024) + 3);
  });

  it('should read an absent body as empty and refuse invalid UTF-8', async () => {
    expect(await readBodyText(new Request('http://localhost/api', { method: 'POST' }))).toEqual({ ok: true, value: '' });
    const bad = new Request('http://localhost/api', { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(await readBodyText(bad)).toEqual({ ok: false, error: { code: 'invalid_json' } });
  });
});

describe('parseJson', () => {
  it('should parse JSON and refuse broken or empty text', () => {
    expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJson('{"a":')).toEqual({ ok: false, error: { code: 'invalid_json' } });
    expect(parseJson('  ')).toEqual({ ok: false, error: { code: 'invalid_json' } });
  });
});

describe('isHttpsRequest', () => {
  const request = (url: string, forwardedProto?: string) =>
    new Request(url, { headers: forwardedProto === undefined ? {} : { 'x-forwarded-proto': forwardedProto } });

  it('should believe an https URL whatever the proxy setting', () => {
    expect(isHttpsRequest(request('https://pathshala.example/api/demo/me'), false)).toBe(true);
    expect(isHttpsRequest(request('https://pathshala.example/api/demo/me', 'http'), true)).toBe(true);
  });

  it('should ignore X-Forwarded-Proto when the proxy is not trusted', () => {
    expect(isHttpsRequest(request('http://localhost/api/demo/me', 'https'), false)).toBe(false);
  });

  it('should take the first X-Forwarded-Proto entry, in any case, when the proxy is trusted', () => {
    expect(isHttpsRequest(request('http://localhost/api/demo/me', 'HTTPS, http'), true)).toBe(true);
    expect(isHttpsRequest(request('http://localhost/api/demo/me', 'http, https'), true)).toBe(false);
    expect(isHttpsRequest(request('http://localhost/api/demo/me'), true)).toBe(false);
  });

  it("should trust the proxy by default, as the site engine's proxy option does", () => {
    expect(siteSessionOptions(['s'.repeat(32)], parseSessionConfig({})).proxy).toBe(SITE_TRUSTS_FORWARDED_PROTO);
    expect(isHttpsRequest(request('http://localhost/api/demo/me', 'https'))).toBe(true);
    expect(isHttpsRequest(request('http://localhost/api/demo/me'))).toBe(false);
  });
});
