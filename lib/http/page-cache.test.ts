import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chooseEncoding, createPageCache, etagMatches, isSharedCacheable, type PageCache } from './page-cache.mjs';

const LESSON_HTML = `<!doctype html><html><body>${'<p>Session ek yaad hai jo server rakhta hai.</p>'.repeat(400)}</body></html>`;
const LESSON_RSC = `0:["$","div",null,{"children":"${'chai '.repeat(600)}"}]`;
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(5000))});`;

/** What the stand-in for Next answers, per path; `calls` counts the requests that reached it. */
let calls: string[] = [];
let lastAcceptEncoding: string | undefined;
function fakeNext(request: IncomingMessage, response: ServerResponse): void {
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  calls.push(path);
  lastAcceptEncoding = request.headers['accept-encoding'];
  response.setHeader('x-content-type-options', 'nosniff');
  if (path === '/en/learn/what-is-a-session' && request.headers.rsc === '1') {
    // Next sends a prerendered page's RSC payload without an ETag.
    response.writeHead(200, {
      'content-type': 'text/x-component',
      'cache-control': 's-maxage=31536000',
      vary: 'rsc, next-router-state-tree',
    });
    response.write(LESSON_RSC.slice(0, 100));
    response.end(LESSON_RSC.slice(100));
    return;
  }
  if (path === '/en/learn/what-is-a-session' || path === '/api/demo/cart') {
    response.setHeader('content-type', path.startsWith('/api') ? 'application/json' : 'text/html; charset=utf-8');
    response.setHeader('cache-control', 's-maxage=31536000');
    response.setHeader('etag', '"lesson-etag"');
    response.setHeader('content-security-policy', "script-src 'self' 'sha256-abc'");
    response.end(LESSON_HTML);
    return;
  }
  if (path === '/en/lab/cookie-page') {
    // prerendered, but this answer sets a cookie
    response.writeHead(200, {
      'content-type': 'text/html',
      'cache-control': 's-maxage=60',
      etag: '"c"',
      'set-cookie': 'pathshala.lang=en; Path=/',
    });
    response.end(LESSON_HTML);
    return;
  }
  if (path === '/en/lab/login') {
    response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' });
    response.end(LESSON_HTML);
    return;
  }
  if (path === '/_next/static/chunks/app.js') {
    response.writeHead(200, {
      'content-type': 'application/javascript; charset=UTF-8',
      'cache-control': 'public, max-age=31536000, immutable',
      etag: 'W/"s1"',
    });
    response.end(SCRIPT);
    return;
  }
  if (path === '/_next/static/media/font.woff2') {
    response.writeHead(200, { 'content-type': 'font/woff2', 'cache-control': 'public, max-age=31536000, immutable', etag: 'W/"f1"' });
    response.end(Buffer.alloc(4000, 7));
    return;
  }
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('missing');
}

let dir: string;
let server: Server;
let origin: string;
let cache: PageCache;

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}
function decoded(answer: Answer): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(answer.body).toString('utf8');
  return answer.body.toString('utf8');
}
/** Waits until the cache has stored `count` answers (compression runs off the request's path). */
async function stored(count: number): Promise<void> {
  for (let tries = 0; cache.stats().stored < count; tries++) {
    if (tries > 200) throw new Error(`the cache stored ${cache.stats().stored} answers, not ${count}`);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'page-cache-'));
  mkdirSync(join(dir, 'server/app/en/learn'), { recursive: true });
  mkdirSync(join(dir, 'server/app/en/lab'), { recursive: true });
  mkdirSync(join(dir, 'server/app/api/demo'), { recursive: true });
  mkdirSync(join(dir, 'static/chunks'), { recursive: true });
  mkdirSync(join(dir, 'static/media'), { recursive: true });
  writeFileSync(join(dir, 'server/app/en/learn/what-is-a-session.html'), LESSON_HTML);
  writeFileSync(join(dir, 'server/app/en/lab/cookie-page.html'), LESSON_HTML);
  writeFileSync(join(dir, 'server/app/en/lab/login.html'), LESSON_HTML); // even if a file were there, no-store wins
  writeFileSync(join(dir, 'server/app/api/demo/cart.html'), LESSON_HTML);
  writeFileSync(join(dir, 'static/chunks/app.js'), SCRIPT);
  writeFileSync(join(dir, 'static/media/font.woff2'), Buffer.alloc(4000, 7));
  server = createServer((request, response) => {
    if (!cache.serve(request, response)) fakeNext(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  cache = createPageCache({ distDir: dir });
  calls = [];
  lastAcceptEncoding = undefined;
});

const LESSON = '/en/learn/what-is-a-session';
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };

describe('the page cache', () => {
  it('takes the first answer uncompressed, then answers from memory in brotli, gzip or none as asked', async () => {
    const first = await get(LESSON, BROWSER);
    expect(lastAcceptEncoding).toBe('identity');
    expect(first.headers['content-encoding']).toBeUndefined();
    expect(first.body.toString('utf8')).toBe(LESSON_HTML);
    await stored(1);

    const br = await get(LESSON, BROWSER);
    expect(br.headers['content-encoding']).toBe('br');
    expect(decoded(br)).toBe(LESSON_HTML);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(LESSON_HTML.length / 10);
    expect(br.headers.etag).toBe('"lesson-etag"');
    expect(br.headers['cache-control']).toBe('s-maxage=31536000');
    expect(br.headers['content-security-policy']).toBe("script-src 'self' 'sha256-abc'");
    expect(br.headers.vary).toBe('Accept-Encoding');

    const gzip = await get(LESSON, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(LESSON_HTML);
    const none = await get(LESSON, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString('utf8')).toBe(LESSON_HTML);

    expect(calls).toEqual([LESSON]);
    expect(cache.stats()).toMatchObject({ hits: 3, stored: 1, entries: 1 });
  });

  it('answers 304 with no body to a matching If-None-Match, and the page to any other', async () => {
    await get(LESSON, BROWSER);
    await stored(1);
    const revisit = await get(LESSON, { ...BROWSER, 'if-none-match': 'W/"lesson-etag"' });
    expect(revisit.status).toBe(304);
    expect(revisit.body.length).toBe(0);
    expect(revisit.headers.etag).toBe('"lesson-etag"');
    const other = await get(LESSON, { ...BROWSER, 'if-none-match': '"from-another-build"' });
    expect(other.status).toBe(200);
    expect(decoded(other)).toBe(LESSON_HTML);
    expect(calls).toEqual([LESSON]);
  });

  it('answers HEAD from memory with the length of what GET would send, and no body', async () => {
    await get(LESSON, BROWSER);
    await stored(1);
    const head = await get(LESSON, BROWSER, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it('keeps the RSC payload apart from the HTML, and gives it an ETag of its own', async () => {
    const rsc = { ...BROWSER, rsc: '1', 'next-router-state-tree': '%5B%22%22%5D' };
    expect((await get(`${LESSON}?_rsc=abc123`, rsc)).body.toString('utf8')).toBe(LESSON_RSC);
    await stored(1);
    const again = await get(`${LESSON}?_rsc=abc123`, rsc);
    expect(again.headers['content-type']).toBe('text/x-component');
    expect(decoded(again)).toBe(LESSON_RSC);
    expect(again.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(again.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding');
    // The HTML is another entry: it reaches Next once more.
    expect(decoded(await get(LESSON, BROWSER))).toBe(LESSON_HTML);
    expect(calls).toEqual([LESSON, LESSON]);
  });

  it('never keeps an answer that sets a cookie or says no-store, and leaves it compressed by Next afterwards', async () => {
    for (const path of ['/en/lab/cookie-page', '/en/lab/login']) {
      await get(path, BROWSER);
      const second = await get(path, BROWSER);
      expect(second.body.toString('utf8'), path).toBe(LESSON_HTML);
      expect(lastAcceptEncoding, path).toBe(BROWSER['accept-encoding']);
    }
    expect(calls).toEqual(['/en/lab/cookie-page', '/en/lab/cookie-page', '/en/lab/login', '/en/lab/login']);
    expect(cache.stats()).toMatchObject({ hits: 0, stored: 0, entries: 0 });
  });

  it('never touches /api, pages the build did not prerender, queries, or a request carrying the seal', async () => {
    await get('/api/demo/cart', BROWSER);
    await get('/api/demo/cart', BROWSER);
    await get('/en/lab/dynamic', BROWSER);
    await get(`${LESSON}?from=share`, BROWSER);
    await get(LESSON, { ...BROWSER, cookie: 'a=1; pathshala.iron=Fe26.2*seal' });
    await get('/_next/static/chunks/%2e%2e%2fapp.js', BROWSER);
    expect(calls).toEqual(['/api/demo/cart', '/api/demo/cart', '/en/lab/dynamic', LESSON, LESSON, '/_next/static/chunks/%2e%2e%2fapp.js']);
    expect(lastAcceptEncoding).toBe(BROWSER['accept-encoding']);
    expect(cache.stats().stored).toBe(0);
  });

  it('keeps the static files, compressing scripts but sending fonts as they are', async () => {
    await get('/_next/static/chunks/app.js', BROWSER);
    await get('/_next/static/media/font.woff2', BROWSER);
    await stored(2);
    const script = await get('/_next/static/chunks/app.js', BROWSER);
    expect(script.headers['content-encoding']).toBe('br');
    expect(decoded(script)).toBe(SCRIPT);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const font = await get('/_next/static/media/font.woff2', BROWSER);
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers.vary).toBeUndefined();
    expect(font.body.equals(Buffer.alloc(4000, 7))).toBe(true);
    await get('/_next/static/chunks/missing.js', BROWSER);
    expect(calls).toEqual(['/_next/static/chunks/app.js', '/_next/static/media/font.woff2', '/_next/static/chunks/missing.js']);
  });

  it('does nothing when turned off', async () => {
    cache = createPageCache({ distDir: dir, enabled: false });
    await get(LESSON, BROWSER);
    await get(LESSON, BROWSER);
    expect(calls).toEqual([LESSON, LESSON]);
    expect(lastAcceptEncoding).toBe(BROWSER['accept-encoding']);
  });

  it('keeps no page bigger than an eighth of its room, and stays within its room', async () => {
    cache = createPageCache({ distDir: dir, maxBytes: 60_000 });
    await get('/_next/static/chunks/app.js', BROWSER);
    await stored(1);
    await get(LESSON, BROWSER); // 20 KB and its compressed copies: more than an eighth of 60 KB
    await get(LESSON, BROWSER);
    expect(calls).toEqual(['/_next/static/chunks/app.js', LESSON, LESSON]);
    expect(cache.stats().entries).toBe(1);
    expect(cache.stats().bytes).toBeLessThanOrEqual(60_000 / 8);
  });
});

describe('the parts', () => {
  it('chooses brotli, then gzip, honouring q=0 and *', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*, br;q=0')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('br;q=nonsense')).toBeNull();
  });

  it('compares ETags weakly, in lists, and with *', () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"b", "a"', '"a"')).toBe(true);
    expect(etagMatches('*', '"a"')).toBe(true);
    expect(etagMatches('"b"', '"a"')).toBe(false);
    expect(etagMatches(undefined, '"a"')).toBe(false);
  });

  it('lets shared caches keep only what is public', () => {
    expect(isSharedCacheable('s-maxage=31536000')).toBe(true);
    expect(isSharedCacheable('public, max-age=31536000, immutable')).toBe(true);
    expect(isSharedCacheable('private, no-cache, no-store, max-age=0, must-revalidate')).toBe(false);
    expect(isSharedCacheable('no-store')).toBe(false);
    expect(isSharedCacheable(undefined)).toBe(false);
  });
});
