import type { APIRequestContext } from '@playwright/test';
import { expect, expectError, inspect, OVERSIZED_JSON, rawJson, startSession, storedEntry, test } from './api/fixtures';

/** One malformed request and the refusal it must get. */
interface Case {
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  /** Sent byte for byte as `application/json`. */
  readonly body?: string | Buffer;
  readonly headers?: Record<string, string>;
  readonly status: number;
  readonly code: string;
}

const json = (value: unknown) => JSON.stringify(value);
const FOREIGN = { origin: 'https://evil.example' };
const TWO_MB = json({ productId: 'chai', qty: 1, padding: 'x'.repeat(2 * 1024 * 1024) });
const HUGE_STRING = 'अ'.repeat(4_000); // 12 KB of UTF-8: under the body limit, over every field limit

const cases: readonly Case[] = [
  // login: wrong types, missing fields, hostile keys, broken and oversized bodies
  { name: 'login: broken JSON', method: 'POST', path: '/api/demo/login', body: '{"username": "riya",', status: 400, code: 'invalid_json' },
  { name: 'login: empty body', method: 'POST', path: '/api/demo/login', body: '', status: 400, code: 'invalid_json' },
  {
    name: 'login: username is a number',
    method: 'POST',
    path: '/api/demo/login',
    body: json({ username: 42, password: 'chai-1234' }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'login: password missing',
    method: 'POST',
    path: '/api/demo/login',
    body: json({ username: 'riya' }),
    status: 400,
    code: 'bad_request',
  },
  { name: 'login: JSON array', method: 'POST', path: '/api/demo/login', body: '["riya","chai-1234"]', status: 400, code: 'bad_request' },
  { name: 'login: JSON null', method: 'POST', path: '/api/demo/login', body: 'null', status: 400, code: 'bad_request' },
  {
    name: 'login: fields under __proto__',
    method: 'POST',
    path: '/api/demo/login',
    body: '{"__proto__":{"username":"riya","password":"chai-1234"}}',
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'login: fields under constructor.prototype',
    method: 'POST',
    path: '/api/demo/login',
    body: '{"constructor":{"prototype":{"username":"riya"}},"password":"x"}',
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'login: 12 KB username',
    method: 'POST',
    path: '/api/demo/login',
    body: json({ username: HUGE_STRING, password: 'chai-1234' }),
    status: 400,
    code: 'bad_request',
  },
  { name: 'login: body over 16 KB', method: 'POST', path: '/api/demo/login', body: OVERSIZED_JSON, status: 413, code: 'body_too_large' },
  {
    name: 'login: foreign Origin',
    method: 'POST',
    path: '/api/demo/login',
    body: json({ username: 'riya', password: 'chai-1234' }),
    headers: FOREIGN,
    status: 403,
    code: 'forbidden_origin',
  },
  {
    name: 'login: invalid UTF-8 bytes',
    method: 'POST',
    path: '/api/demo/login',
    body: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
    status: 400,
    code: 'invalid_json',
  },
  // cart add: every way a quantity or a product can be wrong
  {
    name: 'cart add: qty as a string',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: 'chai', qty: '2' }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'cart add: qty 0',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: 'chai', qty: 0 }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'cart add: negative qty',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: 'chai', qty: -3 }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'cart add: fractional qty',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: 'chai', qty: 1.5 }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'cart add: qty 1e308',
    method: 'POST',
    path: '/api/demo/cart',
    body: '{"productId":"chai","qty":1e308}',
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'cart add: qty past 99 on the line',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: 'chai', qty: 99 }),
    status: 400,
    code: 'quantity_limit',
  },
  {
    name: 'cart add: qty missing',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: 'chai' }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'cart add: productId is an object',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: { id: 'chai' }, qty: 1 }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'cart add: unknown product',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: 'pizza', qty: 1 }),
    status: 404,
    code: 'unknown_product',
  },
  {
    name: 'cart add: productId __proto__',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: '__proto__', qty: 1 }),
    status: 404,
    code: 'unknown_product',
  },
  {
    name: 'cart add: productId constructor',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: 'constructor', qty: 1 }),
    status: 404,
    code: 'unknown_product',
  },
  {
    name: 'cart add: productId toString',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: 'toString', qty: 1 }),
    status: 404,
    code: 'unknown_product',
  },
  {
    name: 'cart add: fullwidth ｃｈａｉ',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: 'ｃｈａｉ', qty: 1 }),
    status: 404,
    code: 'unknown_product',
  },
  {
    name: 'cart add: right-to-left override + NUL',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: '\u202Echai\u0000', qty: 1 }),
    status: 404,
    code: 'unknown_product',
  },
  {
    name: 'cart add: lone surrogate escape',
    method: 'POST',
    path: '/api/demo/cart',
    body: '{"productId":"\\ud800","qty":1}',
    status: 404,
    code: 'unknown_product',
  },
  {
    name: 'cart add: 12 KB productId',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: HUGE_STRING, qty: 1 }),
    status: 400,
    code: 'bad_request',
  },
  { name: 'cart add: 2 MB body', method: 'POST', path: '/api/demo/cart', body: TWO_MB, status: 413, code: 'body_too_large' },
  { name: 'cart add: broken JSON', method: 'POST', path: '/api/demo/cart', body: "{productId: 'chai'}", status: 400, code: 'invalid_json' },
  {
    name: 'cart add: foreign Origin',
    method: 'POST',
    path: '/api/demo/cart',
    body: json({ productId: 'chai', qty: 1 }),
    headers: FOREIGN,
    status: 403,
    code: 'forbidden_origin',
  },
  // cart line and whole cart
  {
    name: 'cart set qty: qty is text',
    method: 'PATCH',
    path: '/api/demo/cart/chai',
    body: json({ qty: 'many' }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'cart set qty: product not in the cart',
    method: 'PATCH',
    path: '/api/demo/cart/lassi',
    body: json({ qty: 2 }),
    status: 404,
    code: 'not_in_cart',
  },
  {
    name: 'cart set qty: unknown product in the path',
    method: 'PATCH',
    path: '/api/demo/cart/pizza',
    body: json({ qty: 2 }),
    status: 404,
    code: 'unknown_product',
  },
  { name: 'cart remove: __proto__ in the path', method: 'DELETE', path: '/api/demo/cart/__proto__', status: 404, code: 'unknown_product' },
  {
    name: 'cart remove: NUL and emoji in the path',
    method: 'DELETE',
    path: '/api/demo/cart/%00%F0%9F%8D%B5',
    status: 404,
    code: 'unknown_product',
  },
  {
    name: 'cart remove: 300-character product',
    method: 'DELETE',
    path: `/api/demo/cart/${'x'.repeat(300)}`,
    status: 404,
    code: 'unknown_product',
  },
  { name: 'cart empty: foreign Origin', method: 'DELETE', path: '/api/demo/cart', headers: FOREIGN, status: 403, code: 'forbidden_origin' },
  {
    name: 'cart: PUT',
    method: 'PUT',
    path: '/api/demo/cart',
    body: json({ productId: 'chai', qty: 1 }),
    status: 405,
    code: 'method_not_allowed',
  },
  // activity
  {
    name: 'activity: javascript: path',
    method: 'POST',
    path: '/api/demo/activity',
    body: json({ path: 'javascript:alert(1)' }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'activity: markup in the path',
    method: 'POST',
    path: '/api/demo/activity',
    body: json({ path: '/en/<img src=x onerror=alert(1)>' }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'activity: path is a number',
    method: 'POST',
    path: '/api/demo/activity',
    body: json({ path: 42 }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'activity: 12 KB title',
    method: 'POST',
    path: '/api/demo/activity',
    body: json({ path: '/en', title: HUGE_STRING }),
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'activity: clear from a foreign Origin',
    method: 'DELETE',
    path: '/api/demo/activity',
    headers: FOREIGN,
    status: 403,
    code: 'forbidden_origin',
  },
  // login state, race lab, inspector experiments, unknown routes
  { name: 'logout: foreign Origin', method: 'POST', path: '/api/demo/logout', headers: FOREIGN, status: 403, code: 'forbidden_origin' },
  { name: 'logout: body over 16 KB', method: 'POST', path: '/api/demo/logout', body: OVERSIZED_JSON, status: 413, code: 'body_too_large' },
  { name: 'me: DELETE', method: 'DELETE', path: '/api/demo/me', status: 405, code: 'method_not_allowed' },
  { name: 'race: unknown mode', method: 'POST', path: '/api/demo/race/sideways/add', status: 404, code: 'not_found' },
  {
    name: 'race add: foreign Origin',
    method: 'POST',
    path: '/api/demo/race/locked/add',
    headers: FOREIGN,
    status: 403,
    code: 'forbidden_origin',
  },
  {
    name: 'race reset: body over 16 KB',
    method: 'POST',
    path: '/api/demo/race/unlocked/reset',
    body: OVERSIZED_JSON,
    status: 413,
    code: 'body_too_large',
  },
  {
    name: 'inspect tamper: foreign Origin',
    method: 'POST',
    path: '/api/inspect/tamper',
    headers: FOREIGN,
    status: 403,
    code: 'forbidden_origin',
  },
  {
    name: 'inspect expire: foreign Origin',
    method: 'POST',
    path: '/api/inspect/expire',
    headers: FOREIGN,
    status: 403,
    code: 'forbidden_origin',
  },
  {
    name: 'inspect forget: foreign Origin',
    method: 'POST',
    path: '/api/inspect/forget',
    headers: FOREIGN,
    status: 403,
    code: 'forbidden_origin',
  },
  { name: 'inspect: POST', method: 'POST', path: '/api/inspect', status: 405, code: 'method_not_allowed' },
  { name: 'unknown API route', method: 'GET', path: '/api/demo/nowhere', status: 404, code: 'not_found' },
];

async function send(api: APIRequestContext, item: Case) {
  if (item.body === undefined) return api.fetch(item.path, { method: item.method, headers: item.headers, maxRedirects: 0 });
  const body = typeof item.body === 'string' ? rawJson(item.body) : { data: item.body, headers: { 'content-type': 'application/json' } };
  return api.fetch(item.path, { method: item.method, data: body.data, headers: { ...body.headers, ...item.headers }, maxRedirects: 0 });
}

test.describe('a malformed request to any demo endpoint', () => {
  test('the table covers at least 30 requests and every demo endpoint', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const endpoints = ['login', 'logout', 'me', 'cart', 'cart/', 'activity', 'race', 'inspect/tamper', 'inspect/expire', 'inspect/forget'];
    for (const endpoint of endpoints)
      expect(
        cases.some((item) => item.path.includes(`/${endpoint}`)),
        endpoint,
      ).toBe(true);
  });

  for (const item of cases) {
    test(`${item.name}: ${item.status} ${item.code}, session unchanged, server healthy`, async ({ api }) => {
      await startSession(api);
      const before = await storedEntry(api);
      expect(JSON.parse(before)).not.toBeNull();

      await expectError(await send(api, item), item.status, item.code);

      expect(await storedEntry(api)).toBe(before);
      const health = await api.get('/api/demo/cart');
      expect(health.status()).toBe(200);
      expect(((await health.json()) as { items: { productId: string; qty: number }[] }).items).toEqual([
        expect.objectContaining({ productId: 'chai', qty: 1 }),
      ]);
      expect((await inspect(api)).sessionCookie.valid).toBe(true);
    });
  }
});
