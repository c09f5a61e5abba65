import { request as httpRequest } from 'node:http';
import { baseURL } from '../../playwright.config';
import { expect, expectError, newClient, OVERSIZED_JSON, rawJson, startSession, storedEntry, test } from './fixtures';

/** POSTs `totalBytes` as a chunked body (no Content-Length) and resolves with the status. */
function postChunked(path: string, totalBytes: number, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      new URL(path, baseURL),
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    // The server may answer and stop reading before all 2 MB are written.
    request.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let written = 0;
    const writeMore = () => {
      while (written < totalBytes) {
        written += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', writeMore);
      }
      request.end();
    };
    writeMore();
  });
}

test.describe('request guards', () => {
  test('a chunked 2 MB body is refused with 413 and changes nothing', async ({ api, address }) => {
    await startSession(api);
    const before = await storedEntry(api);
    const { cookies } = await api.storageState();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    for (const path of ['/api/demo/cart', '/api/demo/login', '/api/demo/logout']) {
      const { status, body } = await postChunked(path, 2 * 1024 * 1024, { cookie, 'x-forwarded-for': address, 'x-pathshala-locale': 'en' });
      expect(status).toBe(413);
      expect(JSON.parse(body)).toEqual({ error: { code: 'body_too_large', message: 'The body is too large: at most 16 KB is accepted.' } });
    }
    expect(await storedEntry(api)).toBe(before);
  });

  test('every state-changing endpoint refuses a foreign Origin (403) and a 17 KB body (413), changing nothing', async ({ api }) => {
    await startSession(api);
    await api.post('/api/demo/cart', { data: { productId: 'lassi', qty: 1 } });
    const before = await storedEntry(api);
    const endpoints: ['post' | 'patch' | 'delete', string][] = [
      ['post', '/api/demo/login'],
      ['post', '/api/demo/logout'],
      ['post', '/api/demo/cart'],
      ['delete', '/api/demo/cart'],
      ['patch', '/api/demo/cart/lassi'],
      ['delete', '/api/demo/cart/lassi'],
      ['post', '/api/demo/activity'],
      ['delete', '/api/demo/activity'],
      ['post', '/api/demo/race/locked/reset'],
      ['post', '/api/demo/race/unlocked/add'],
      ['post', '/api/inspect/expire'],
      ['post', '/api/inspect/tamper'],
      ['post', '/api/inspect/forget'],
    ];
    for (const [method, path] of endpoints) {
      await expectError(await api[method](path, { headers: { origin: 'https://evil.example' } }), 403, 'forbidden_origin');
      await expectError(await api[method](path, rawJson(OVERSIZED_JSON)), 413, 'body_too_large');
    }
    expect(await storedEntry(api)).toBe(before);
  });

  test('a body of exactly 16 KB is accepted', async ({ api }) => {
    const base = JSON.stringify({ productId: 'chai', qty: 1, padding: '' });
    const data = JSON.stringify({ productId: 'chai', qty: 1, padding: 'x'.repeat(16 * 1024 - base.length) });
    expect(Buffer.byteLength(data)).toBe(16 * 1024);
    expect((await api.post('/api/demo/cart', rawJson(data))).status()).toBe(200);
  });

  test('GET /api/health answers {"status":"ok"} and never opens a session', async ({ api }) => {
    const response = await api.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['set-cookie']).toBeUndefined();
    expect((await api.post('/api/health')).status()).toBe(405);
  });

  test('unknown API addresses answer a JSON 404, never the HTML error page', async ({ api }) => {
    await expectError(await api.get('/api/nothing-here'), 404, 'not_found');
    await expectError(await api.post('/api/demo/nothing/here'), 404, 'not_found');
  });

  test.describe('message language', () => {
    test('follows X-Pathshala-Locale, then the pathshala.lang cookie, then Hinglish', async ({ address }) => {
      const hinglish = await newClient(address, { 'x-pathshala-locale': '' });
      const byCookie = await newClient(address, { 'x-pathshala-locale': '', cookie: 'pathshala.lang=en' });
      const byHeader = await newClient(address, { 'x-pathshala-locale': 'hi-latn', cookie: 'pathshala.lang=en' });
      expect(await expectError(await hinglish.get('/api/nothing'), 404, 'not_found')).toBe('Yeh API address maujood nahi hai.');
      expect(await expectError(await byCookie.get('/api/nothing'), 404, 'not_found')).toBe('There is no API at this address.');
      expect(await expectError(await byHeader.get('/api/nothing'), 404, 'not_found')).toBe('Yeh API address maujood nahi hai.');
      for (const client of [hinglish, byCookie, byHeader]) await client.dispose();
    });
  });

  test('every endpoint answers with Cache-Control: no-store', async ({ api }) => {
    const responses = await Promise.all([
      api.get('/api/demo/me'),
      api.get('/api/demo/cart'),
      api.get('/api/demo/activity'),
      api.get('/api/demo/race/locked'),
      api.get('/api/inspect'),
      api.post('/api/demo/logout'),
      api.post('/api/inspect/forget'),
      api.post('/api/inspect/expire'),
      api.post('/api/demo/race/unlocked/reset'),
      api.get('/api/unknown'),
    ]);
    for (const response of responses) {
      expect(response.headers()['cache-control'], response.url()).toBe('no-store');
      expect(response.headers()['content-type'], response.url()).toContain('application/json');
    }
  });
});
