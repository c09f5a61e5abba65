import { describe, expect, it, vi } from 'vitest';
import { SessionLockTimeoutError, StoreUnavailableError } from '@/lib/session';
import {
  emptyResponse,
  errorCodeOf,
  errorResponse,
  handleApi,
  jsonResponse,
  methodsNotAllowed,
  readInput,
  replyWithSession,
} from './api-route';
import { BrowserHarness } from '../site/testing/session-harness';

const post = (headers: Record<string, string> = {}, body?: string) =>
  new Request('http://localhost/api/demo/cart', { method: 'POST', headers: { host: 'localhost', ...headers }, body });

describe('responses', () => {
  it('should carry Cache-Control: no-store and nosniff on JSON, empty and error responses', async () => {
    for (const response of [jsonResponse({ a: 1 }), emptyResponse(), errorResponse({ code: 'not_found' }, 'en')]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(emptyResponse().status).toBe(204);
  });

  it('should send Retry-After with a refused login', async () => {
    const response = errorResponse({ code: 'too_many_attempts', params: { retryAfterSeconds: 37 } }, 'en');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('37');
    expect(await response.json()).toEqual({
      error: { code: 'too_many_attempts', message: 'Too many failed attempts. Try again in 37 seconds.' },
    });
  });
});

describe('handleApi', () => {
  it('should refuse a state-changing request from another site with 403', async () => {
    const response = await handleApi(post({ origin: 'https://evil.example', 'x-pathshala-locale': 'en' }), async () => jsonResponse({}));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden_origin' } });
  });

  it('should let a GET from another site through (it changes nothing)', async () => {
    const request = new Request('http://localhost/api/demo/cart', { headers: { host: 'localhost', origin: 'https://evil.example' } });
    expect((await handleApi(request, async () => jsonResponse({ ok: 1 }))).status).toBe(200);
  });

  it('should answer 503 in the learner language when the store is unavailable', async () => {
    const response = await handleApi(post(), async () => {
      throw new StoreUnavailableError('redis', 'connect ECONNREFUSED');
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toMatchObject({
      error: { code: 'store_unavailable', message: expect.stringContaining('Session store') },
    });
  });

  it('should answer 503 when a real engine cannot reach its store, not hang or throw', async () => {
    const browser = new BrowserHarness();
    await browser.request((session) => {
      session.data.x = 1;
    });
    browser.store.get = async () => {
      throw new StoreUnavailableError('memory', 'simulated outage');
    };
    const request = new Request('http://localhost/api/demo/cart', { headers: { cookie: browser.cookie! } });
    const response = await handleApi(request, () => browser.engine.withSession(request, () => jsonResponse({})));
    expect(response.status).toBe(503);
    await browser.close();
  });

  it('should turn anything unexpected into a JSON 500 without details', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await handleApi(post(), async () => {
      throw new Error('secret internals');
    });
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('secret internals');
    spy.mockRestore();
  });
});

describe('errorCodeOf', () => {
  it('should know the engine errors by name', () => {
    expect(errorCodeOf(new StoreUnavailableError('redis', 'x'))).toBe('store_unavailable');
    expect(errorCodeOf(new SessionLockTimeoutError('abcdef', 10))).toBe('session_busy');
  });
});

describe('readInput', () => {
  it('should parse a JSON body, refuse broken JSON and size-check even a body it ignores', async () => {
    const json = { 'content-type': 'application/json' };
    const bytes = { 'content-type': 'application/octet-stream' };
    expect(await readInput(post(json, '{"qty":1}'), 'json')).toEqual({ ok: true, value: { qty: 1 } });
    expect(await readInput(post(json, '{"qty":'), 'json')).toEqual({ ok: false, error: { code: 'invalid_json' } });
    expect(await readInput(post(bytes, 'x'.repeat(17 * 1024)), 'none')).toEqual({ ok: false, error: { code: 'body_too_large' } });
    expect(await readInput(post(bytes, 'anything'), 'none')).toEqual({ ok: true, value: 'anything' });
  });

  it('should refuse a body a cross-site form could send without a preflight with 415', async () => {
    // A string body makes `Request` say text/plain, as a form with enctype="text/plain" does.
    expect(await readInput(post({}, '{"qty":1}'), 'json')).toEqual({ ok: false, error: { code: 'unsupported_media_type' } });
    expect(await readInput(post({}, ''), 'none')).toEqual({ ok: false, error: { code: 'unsupported_media_type' } });
    const untyped = new Request('http://localhost/api/demo/cart', { method: 'POST', body: new Blob(['{"qty":1}']) });
    expect(untyped.headers.get('content-type')).toBeNull();
    expect(await readInput(untyped, 'json')).toEqual({ ok: false, error: { code: 'unsupported_media_type' } });
    const empty = new Request('http://localhost/api/demo/cart', { method: 'POST' });
    expect(await readInput(empty, 'json')).toEqual({ ok: false, error: { code: 'invalid_json' } });
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect(await readInput(post(form, 'productId=chai&qty=1'), 'json')).toEqual({ ok: false, error: { code: 'unsupported_media_type' } });
  });
});

describe('replyWithSession', () => {
  it('should leave the session untouched (no save, no touch, no cookie) when the reply is a refusal', async () => {
    const browser = new BrowserHarness();
    await browser.request((session) => {
      session.data.cart = [{ productId: 'chai', qty: 1 }];
    });
    const before = JSON.stringify(await browser.storedEntry());
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { setCookie } = await browser.request(async (session) => {
      const response = await replyWithSession(session, 'en', (open) => {
        open.data.cart = [];
        return { ok: false, error: { code: 'quantity_limit' } };
      });
      expect(response.status).toBe(400);
    });
    expect(setCookie).toBeNull();
    expect(JSON.stringify(await browser.storedEntry())).toBe(before);
    await browser.close();
  });
});

describe('methodsNotAllowed', () => {
  it('should answer 405 with Allow and a JSON error', async () => {
    const response = await methodsNotAllowed(['GET', 'POST']).PUT(new Request('http://localhost/api/x', { method: 'PUT' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect(await response.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });
});
