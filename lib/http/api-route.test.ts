import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { SessionLockTimeoutError, StoreUnavailableError } from '@/lib/session';
import { IRON_COOKIE_NAME } from '@/lib/stateless/sealed-cookie';
import { emptyResponse, errorCodeOf, errorResponse, jsonResponse, methodsNotAllowed, readInput } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { decodeSetCookieEcho, SET_COOKIE_ECHO_HEADER, TRY_HEADER } from '@/lib/http/try-header';
import { BrowserHarness } from '../site/testing/session-harness';

const URL_ = 'http://localhost/api/demo/cart';
const JSON_TYPE = { 'content-type': 'application/json' };
const noParams = { params: Promise.resolve({}) };

const post = (headers: Record<string, string> = {}, body?: string) =>
  new Request(URL_, { method: 'POST', headers: { host: 'localhost', ...headers }, body });

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

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

describe('apiRoute guards', () => {
  const handler = vi.fn(() => ({ ok: true as const, value: { ran: true } }));
  const route = apiRoute({ schema: z.object({ qty: z.int() }) }, handler);
  beforeEach(() => handler.mockClear());

  it('should run the handler with the checked body and answer its value as 200 JSON, no-store', async () => {
    const response = await route(post(JSON_TYPE, '{"qty":2}'), noParams);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ ran: true });
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ input: { qty: 2 }, locale: 'hi-latn', secure: false }));
  });

  it('should refuse a state-changing request from another site with 403, before reading the body', async () => {
    const response = await route(post({ origin: 'https://evil.example', 'x-pathshala-locale': 'en' }, 'x'.repeat(20 * 1024)), noParams);
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toEqual({
      code: 'forbidden_origin',
      message: 'This request came from another site, so it was refused. The demo API only works from this site.',
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('should refuse the same host posting from plain http to an https site', async () => {
    const request = post({ origin: 'http://localhost', 'x-forwarded-proto': 'https', ...JSON_TYPE }, '{"qty":1}');
    expect((await route(request, noParams)).status).toBe(403);
  });

  it('should let a GET from another site through (it changes nothing)', async () => {
    const request = new Request(URL_, { headers: { host: 'localhost', origin: 'https://evil.example' } });
    expect((await route(request, noParams)).status).toBe(200);
  });

  it('should refuse a form body type with 415 before the size or the JSON is looked at', async () => {
    const response = await route(post({ 'content-type': 'text/plain' }, 'x'.repeat(20 * 1024)), noParams);
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe('unsupported_media_type');
    expect(handler).not.toHaveBeenCalled();
  });

  it('should refuse a body over 16 KB with 413, then broken JSON with 400', async () => {
    expect((await route(post(JSON_TYPE, `{"qty":1,"pad":"${'x'.repeat(17 * 1024)}"}`), noParams)).status).toBe(413);
    const broken = await route(post(JSON_TYPE, '{"qty":'), noParams);
    expect([broken.status, (await errorOf(broken)).code]).toEqual([400, 'invalid_json']);
    expect(handler).not.toHaveBeenCalled();
  });

  it('should answer a body that fails the schema with 400 naming the fields, in the request locale', async () => {
    const en = await route(post({ ...JSON_TYPE, 'x-pathshala-locale': 'en' }, '{"qty":"two"}'), noParams);
    expect(en.status).toBe(400);
    expect(await en.json()).toEqual({
      error: { code: 'bad_request', message: "The request body is not valid (qty). See the lesson for the demo API's format." },
    });
    const hi = await route(post({ ...JSON_TYPE, cookie: 'pathshala.lang=hi-latn' }, '{}'), noParams);
    expect((await errorOf(hi)).message).toBe('Request ki body theek nahi hai (qty). Demo API ka format lesson mein dekhiye.');
    expect(handler).not.toHaveBeenCalled();
  });

  it('should take the locale from X-Pathshala-Locale over the pathshala.lang cookie', async () => {
    const request = post({ 'x-pathshala-locale': 'en', cookie: 'pathshala.lang=hi-latn', origin: 'https://evil.example' });
    expect((await errorOf(await route(request, noParams))).message).toMatch(/^This request came from another site/);
  });

  it('should ask authorize after the body and before the handler', async () => {
    const authorize = vi.fn(() => ({ code: 'instructor_login_required' as const }));
    const guardedRoute = apiRoute({ authorize }, handler);
    expect((await guardedRoute(post({ 'content-type': 'text/plain' }, 'x'), noParams)).status).toBe(415);
    expect(authorize).not.toHaveBeenCalled();
    const refused = await guardedRoute(post({ 'x-pathshala-locale': 'en' }), noParams);
    expect(refused.status).toBe(401);
    expect((await errorOf(refused)).code).toBe('instructor_login_required');
    expect(handler).not.toHaveBeenCalled();
  });

  it("should not read the body of a route that leaves it unread (the handler's to read)", async () => {
    const unread = apiRoute({ body: 'unread' }, async ({ request }) => ({ ok: true, value: { text: await request.text() } }));
    const response = await unread(post({ 'content-type': 'text/plain' }, 'as sent'), noParams);
    expect(await response.json()).toEqual({ text: 'as sent' });
  });

  it("should answer a refusal with the table's status, wire code and message", async () => {
    const conflict = apiRoute({}, () => ({ ok: false, error: { code: 'options_conflict' } }));
    const response = await conflict(post({ 'x-pathshala-locale': 'en' }), noParams);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({ code: 'bad_request', message: expect.stringMatching(/^`sameSite: 'none'` needs `secure`/) });
  });
});

describe('apiRoute failures', () => {
  let spy: ReturnType<typeof vi.spyOn>;
  beforeEach(() => (spy = vi.spyOn(console, 'error').mockImplementation(() => {})));
  afterEach(() => spy.mockRestore());

  it('should answer 503 with Retry-After in the learner language when the store is unavailable', async () => {
    const route = apiRoute({}, () => {
      throw new StoreUnavailableError('redis', 'connect ECONNREFUSED');
    });
    const response = await route(post(), noParams);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect((await errorOf(response)).message).toMatch(/^Session store abhi pahunch se bahar hai/);
  });

  it('should turn anything unexpected into a JSON 500 without details', async () => {
    const route = apiRoute({}, () => {
      throw new Error('secret internals');
    });
    const response = await route(post(), noParams);
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('secret internals');
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
    const bytes = { 'content-type': 'application/octet-stream' };
    expect(await readInput(post(JSON_TYPE, '{"qty":1}'), 'json')).toEqual({ ok: true, value: { qty: 1 } });
    expect(await readInput(post(JSON_TYPE, '{"qty":'), 'json')).toEqual({ ok: false, error: { code: 'invalid_json' } });
    expect(await readInput(post(bytes, 'x'.repeat(17 * 1024)), 'none')).toEqual({ ok: false, error: { code: 'body_too_large' } });
    expect(await readInput(post(bytes, 'anything'), 'none')).toEqual({ ok: true, value: 'anything' });
  });

  it('should refuse a body a cross-site form could send without a preflight with 415', async () => {
    // A string body makes `Request` say text/plain, as a form with enctype="text/plain" does.
    expect(await readInput(post({}, '{"qty":1}'), 'json')).toEqual({ ok: false, error: { code: 'unsupported_media_type' } });
    expect(await readInput(post({}, ''), 'none')).toEqual({ ok: false, error: { code: 'unsupported_media_type' } });
    const untyped = new Request(URL_, { method: 'POST', body: new Blob(['{"qty":1}']) });
    expect(untyped.headers.get('content-type')).toBeNull();
    expect(await readInput(untyped, 'json')).toEqual({ ok: false, error: { code: 'unsupported_media_type' } });
    const empty = new Request(URL_, { method: 'POST' });
    expect(await readInput(empty, 'json')).toEqual({ ok: false, error: { code: 'invalid_json' } });
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect(await readInput(post(form, 'productId=chai&qty=1'), 'json')).toEqual({ ok: false, error: { code: 'unsupported_media_type' } });
  });
});

describe('apiRoute on an engine of its own', () => {
  it('should leave the session untouched (no save, no touch, no cookie) when the reply is a refusal', async () => {
    const browser = new BrowserHarness();
    await browser.request((session) => {
      session.data.cart = [{ productId: 'chai', qty: 1 }];
    });
    const before = JSON.stringify(await browser.storedEntry());
    await new Promise((resolve) => setTimeout(resolve, 5));
    const route = apiRoute({ session: { engine: () => browser.engine } }, ({ session }) => {
      session.data.cart = [];
      return { ok: false, error: { code: 'quantity_limit' } };
    });
    const response = await route(post({ cookie: browser.cookie! }), noParams);
    expect(response.status).toBe(400);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(JSON.stringify(await browser.storedEntry())).toBe(before);
    await browser.close();
  });

  it('should answer 404 when the params name no engine, before any session', async () => {
    const handler = vi.fn(() => ({ ok: true as const, value: {} }));
    const route = apiRoute<{ mode: string }>({ session: { engine: () => null } }, handler);
    const response = await route(new Request(URL_), { params: Promise.resolve({ mode: 'sideways' }) });
    expect([response.status, (await errorOf(response)).code]).toEqual([404, 'not_found']);
    expect(handler).not.toHaveBeenCalled();
  });

  it('should answer 503 when the engine cannot reach its store, not hang or throw', async () => {
    const browser = new BrowserHarness();
    await browser.request((session) => {
      session.data.x = 1;
    });
    browser.store.get = async () => {
      throw new StoreUnavailableError('memory', 'simulated outage');
    };
    const route = apiRoute({ session: { engine: () => browser.engine } }, () => ({ ok: true, value: {} }));
    const response = await route(new Request(URL_, { headers: { cookie: browser.cookie! } }), noParams);
    expect(response.status).toBe(503);
    await browser.close();
  });
});

describe('apiRoute on the sealed cookie', () => {
  // Set before the first seal: the password is read once per process.
  vi.stubEnv('IRON_PASSWORD', 'a test password of at least thirty-two characters');
  const cart = apiRoute({ session: 'stateless', body: 'json' }, ({ data, input }) => {
    data.note = (input as { note: string }).note;
    return { ok: true, value: { note: data.note } };
  });
  const read = apiRoute({ session: 'stateless' }, ({ data }) => ({ ok: true, value: { note: data.note ?? null } }));

  it('should seal changed data into a new cookie, and open it on the next request', async () => {
    const response = await cart(post(JSON_TYPE, '{"note":"chai"}'), noParams);
    const [setCookie] = response.headers.getSetCookie();
    expect(setCookie).toMatch(new RegExp(`^${IRON_COOKIE_NAME.replace('.', '\\.')}=Fe26\\.2\\*`));
    const cookie = setCookie!.slice(0, setCookie!.indexOf(';'));
    const again = await read(new Request(URL_, { headers: { cookie } }), noParams);
    expect(again.headers.getSetCookie()).toEqual([]);
    expect(await again.json()).toEqual({ note: 'chai' });
  });

  it('should refuse with 422 and send no cookie when the seal would pass 4 KB', async () => {
    const response = await cart(post({ ...JSON_TYPE, 'x-pathshala-locale': 'en' }, JSON.stringify({ note: 'x'.repeat(5_000) })), noParams);
    expect(response.status).toBe(422);
    expect(response.headers.getSetCookie()).toEqual([]);
    const body = (await response.json()) as { error: { code: string; message: string; sizeBytes: number; limitBytes: number } };
    expect(body.error).toMatchObject({ code: 'cookie_too_large', limitBytes: 4_096 });
    expect(Object.keys(body.error)).toEqual(['code', 'message', 'sizeBytes', 'limitBytes']);
    expect(body.error.message).toBe(
      `That would make the sealed cookie ${body.error.sizeBytes.toLocaleString('en-IN')} bytes, but a browser keeps at most 4,096 bytes in one cookie. Nothing was saved: your session is as it was.`,
    );
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

describe('the Set-Cookie echo for a lesson’s “run it here” button', () => {
  const SID = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';
  const SIGNATURE = 'Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg';
  const route = apiRoute({}, () => {
    const response = Response.json({ ok: true });
    response.headers.append(
      'set-cookie',
      `pathshala.sid=s%3A${SID}.${SIGNATURE}; Path=/; Expires=Fri, 27 Nov 2026 11:14:43 GMT; HttpOnly; SameSite=Lax`,
    );
    response.headers.append('set-cookie', 'pathshala.instructor=v1.123.secretmac; Path=/; HttpOnly');
    response.headers.append('set-cookie', 'pathshala.iron=Fe26.2**abcdef; Path=/lab/stateless; HttpOnly');
    return response;
  });
  const get = (headers: Record<string, string>) => route(new Request('http://localhost/api/demo/me', { headers }), noParams);

  it('should add nothing to an ordinary request', async () => {
    const response = await get({});
    expect(response.headers.has(SET_COOKIE_ECHO_HEADER)).toBe(false);
  });

  it('should echo every Set-Cookie redacted as the inspector shows it, and leave the real ones for the browser', async () => {
    const response = await get({ [TRY_HEADER]: '1' });
    const echo = response.headers.get(SET_COOKIE_ECHO_HEADER);
    expect(decodeSetCookieEcho(echo)).toEqual([
      'pathshala.sid=s:AbCdEf….Zm9vYm…; Path=/; Expires=Fri, 27 Nov 2026 11:14:43 GMT; HttpOnly; SameSite=Lax',
      'pathshala.iron=…; Path=/lab/stateless; HttpOnly',
    ]);
    expect(echo).not.toContain(SID.slice(0, 10));
    expect(echo).not.toContain(SIGNATURE.slice(0, 10));
    expect(echo).not.toContain('secretmac');
    expect(echo).not.toContain('instructor');
    expect(response.headers.getSetCookie()).toHaveLength(3);
  });

  it('should echo an empty list when the response sets no cookie, and on a refusal', async () => {
    const plain = apiRoute({}, () => ({ ok: true, value: {} }));
    const answered = await plain(new Request('http://localhost/api/demo/cart', { headers: { [TRY_HEADER]: '1' } }), noParams);
    expect(decodeSetCookieEcho(answered.headers.get(SET_COOKIE_ECHO_HEADER))).toEqual([]);
    const refused = await plain(post({ [TRY_HEADER]: '1', origin: 'https://evil.example' }), noParams);
    expect(refused.status).toBe(403);
    expect(decodeSetCookieEcho(refused.headers.get(SET_COOKIE_ECHO_HEADER))).toEqual([]);
  });
});
