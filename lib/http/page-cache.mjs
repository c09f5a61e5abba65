// Prerendered pages kept compressed in memory (run by scripts/server.mjs, in front of Next).
//
// A lesson is the same for every learner, yet Next gzips its 175 KB of HTML afresh on every
// request. The first answer Next gives for a prerendered page (its HTML, or one of its RSC
// payloads for client navigation) is taken uncompressed, compressed once with brotli and gzip,
// and kept; later requests for it are answered from memory in the encoding the client accepts,
// or 304 when `If-None-Match` names its ETag. The build's static files (/_next/static: scripts,
// styles, fonts) are kept the same way. Only answers that are the same for everyone are kept:
// GET/HEAD of a page the build prerendered (or a file of /_next/static), 200, no Set-Cookie, and
// a Cache-Control that lets a shared cache keep it; never /api, never a page rendered per
// request, never a request with the stateless lab's seal (proxy.ts clears that cookie on pages).
// An answer Next sends without an ETag (a prerendered page's RSC payload) gets one here, the
// hash of its body. Plain JavaScript, typed by page-cache.d.mts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Request headers Next's answer for a page depends on (besides the path); part of the key. */
const VARYING_REQUEST_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-router-state-tree', 'next-url'];
/** Response headers that describe one transfer, not the page; never stored. */
const TRANSFER_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date']);
/** Content types worth compressing; fonts and images are compressed already and kept as they are. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|manifest\+json|xml)|image\/svg\+xml)/i;
/** The stateless lab's cookie: a page request that carries it gets a Set-Cookie that clears it. */
const SEAL_COOKIE = /(?:^|;\s*)pathshala\.iron=/;

/**
 * The encoding to send, from an `Accept-Encoding` header: br, else gzip, else none. A coding
 * refused with `q=0` is not chosen; `*` accepts both.
 * @param {string | string[] | undefined} header
 * @returns {'br' | 'gzip' | null}
 */
export function chooseEncoding(header) {
  const text = (Array.isArray(header) ? header.join(',') : (header ?? '')).toLowerCase();
  /** @type {Map<string, number>} */
  const quality = new Map();
  for (const part of text.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    if (name === '') continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    quality.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name) => (quality.get(name) ?? quality.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

/**
 * Whether an `If-None-Match` header names `etag` (weak comparison, as RFC 9110 asks for GET).
 * @param {string | string[] | undefined} header
 * @param {string} etag
 * @returns {boolean}
 */
export function etagMatches(header, etag) {
  if (header === undefined) return false;
  const text = Array.isArray(header) ? header.join(',') : header;
  if (text.trim() === '*') return true;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return text.split(',').some((tag) => bare(tag) === bare(etag));
}

/**
 * Whether a response's Cache-Control lets any cache keep it for everyone.
 * @param {string | undefined} value
 * @returns {boolean}
 */
export function isSharedCacheable(value) {
  if (value === undefined) return false;
  return !/(?:^|[\s,])(?:private|no-store|no-cache)(?:$|[\s,=])/i.test(value);
}

/**
 * @param {{ distDir: string, maxBytes?: number, enabled?: boolean }} options
 */
export function createPageCache({ distDir, maxBytes = 48 * 1024 * 1024, enabled = true }) {
  /** @type {Map<string, CachedPage>} least recently used first */
  const entries = new Map();
  /** Keys whose first answer is being taken now: other requests for them go to Next as before. */
  const filling = new Set();
  /** @type {Map<string, boolean>} */
  const prerendered = new Map();
  /** Keys whose answer turned out not to be keepable (set-cookie, no-store …): left to Next from then on. */
  const refused = new Set();
  let bytes = 0;
  const stats = { hits: 0, notModified: 0, stored: 0 };

  /**
   * Whether the build made `pathname`: a prerendered page (the file proxy.ts hashes the
   * scripts of) or a file of /_next/static.
   */
  function isBuilt(pathname) {
    const known = prerendered.get(pathname);
    if (known !== undefined) return known;
    const result = pathname.startsWith('/_next/static/')
      ? /^\/_next\/static\/[\w-]+(?:\/[\w.-]+)*$/.test(pathname) &&
        !pathname.includes('..') &&
        existsSync(join(distDir, 'static', pathname.slice('/_next/static/'.length)))
      : /^\/[a-z0-9-]+(?:\/[a-z0-9_-]+)*$/.test(pathname) && existsSync(join(distDir, 'server/app', `${pathname}.html`));
    if (prerendered.size >= 5_000) prerendered.clear();
    prerendered.set(pathname, result);
    return result;
  }

  /**
   * The cache key of a request, or null when its answer is never kept.
   * @param {import('node:http').IncomingMessage} request
   */
  function keyOf(request) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const url = request.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    if (pathname.startsWith('/api/') || (pathname.startsWith('/_next/') && !pathname.startsWith('/_next/static/'))) return null;
    // `_rsc` only busts caches (it is derived from the headers below); any other query is kept out.
    if (queryAt !== -1 && !/^_rsc=[\w-]{1,32}$/.test(url.slice(queryAt + 1))) return null;
    const { headers } = request;
    if (headers['next-action'] !== undefined || headers.range !== undefined) return null;
    if (SEAL_COOKIE.test(Array.isArray(headers.cookie) ? headers.cookie.join('; ') : (headers.cookie ?? ''))) return null;
    if (!isBuilt(pathname)) return null;
    const hash = createHash('sha256').update(pathname);
    for (const name of VARYING_REQUEST_HEADERS) hash.update(`\n${name}:${String(headers[name] ?? '')}`);
    return hash.digest('base64url');
  }

  /**
   * Answers `request` from memory when it can; returns whether it did.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @returns {boolean}
   */
  function serve(request, response) {
    if (!enabled) return false;
    const key = keyOf(request);
    if (key === null) {
      return false;
    }
    const entry = entries.get(key);
    if (entry === undefined) {
      if (!filling.has(key) && !refused.has(key)) take(key, request, response);
      return false;
    }
    entries.delete(key);
    entries.set(key, entry); // most recently used
    if (etagMatches(request.headers['if-none-match'], entry.etag)) {
      stats.notModified++;
      response.writeHead(304, entry.notModifiedHeaders);
      response.end();
      return true;
    }
    stats.hits++;
    const encoding = entry.br === null ? null : chooseEncoding(request.headers['accept-encoding']);
    const body = encoding === 'br' ? entry.br : encoding === 'gzip' && entry.gzip !== null ? entry.gzip : entry.identity;
    response.writeHead(200, {
      ...entry.headers,
      ...(encoding === null ? {} : { 'content-encoding': encoding }),
      'content-length': String(body.length),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }

  /**
   * Lets Next answer this request uncompressed, copies what it sends, and keeps it if it may.
   * @param {string} key
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  function take(key, request, response) {
    if (request.method !== 'GET') return;
    filling.add(key);
    // Next answers this one uncompressed and in full (not 304), so that the body can be kept.
    request.headers['accept-encoding'] = 'identity';
    delete request.headers['if-none-match'];
    /** @type {Buffer[]} */
    const chunks = [];
    const write = response.write;
    const end = response.end;
    const copy = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));
    };
    response.write = function (chunk, encoding, callback) {
      copy(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    response.end = function (chunk, encoding, callback) {
      copy(chunk, encoding);
      return end.call(this, chunk, encoding, callback);
    };
    const done = () => filling.delete(key);
    response.once('close', () => {
      if (!response.writableFinished) done();
    });
    response.once('finish', () => {
      const headers = response.getHeaders();
      const cacheControl = headers['cache-control'];
      const keep =
        response.statusCode === 200 &&
        headers['set-cookie'] === undefined &&
        headers['content-encoding'] === undefined &&
        typeof cacheControl === 'string' &&
        isSharedCacheable(cacheControl);
      if (!keep) {
        // A 200 that may not be kept never will be; anything else (an error) may be kept next time.
        if (response.statusCode === 200) {
          if (refused.size >= 5_000) refused.clear();
          refused.add(key);
        }
        done();
        return;
      }
      const identity = Buffer.concat(chunks);
      const etag =
        typeof headers.etag === 'string' ? headers.etag : `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
      store(key, identity, { ...headers, etag }, etag).finally(done);
    });
  }

  /**
   * @param {string} key
   * @param {Buffer} identity
   * @param {import('node:http').OutgoingHttpHeaders} sent
   * @param {string} etag
   */
  async function store(key, identity, sent, etag) {
    const compressible = COMPRESSIBLE.test(String(sent['content-type'] ?? '')) && identity.length > 1024;
    const [br, gz] = compressible
      ? await Promise.all([
          brotli(identity, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
          }),
          gzipAsync(identity, { level: 9 }),
        ])
      : [null, null];
    /** @type {Record<string, string | string[]>} */
    const headers = {};
    for (const [name, value] of Object.entries(sent)) {
      if (value === undefined || TRANSFER_HEADERS.has(name)) continue;
      headers[name] = typeof value === 'number' ? String(value) : value;
    }
    const vary = String(headers.vary ?? '');
    if (compressible && !/(?:^|,\s*)accept-encoding(?:$|\s*,)/i.test(vary))
      headers.vary = vary === '' ? 'Accept-Encoding' : `${vary}, Accept-Encoding`;
    /** @type {Record<string, string | string[]>} */
    const notModifiedHeaders = {};
    for (const name of ['etag', 'cache-control', 'vary', 'content-security-policy', 'x-content-type-options']) {
      if (headers[name] !== undefined) notModifiedHeaders[name] = headers[name];
    }
    const size = identity.length + (br?.length ?? 0) + (gz?.length ?? 0);
    if (size > maxBytes / 8) return; // one page never takes over the cache
    const old = entries.get(key);
    if (old !== undefined) {
      bytes -= old.size;
      entries.delete(key);
    }
    while (bytes + size > maxBytes && entries.size > 0) {
      const [oldestKey, oldest] = entries.entries().next().value;
      entries.delete(oldestKey);
      bytes -= oldest.size;
    }
    entries.set(key, { etag, headers, notModifiedHeaders, identity, br, gzip: gz, size });
    bytes += size;
    stats.stored++;
  }

  return {
    serve,
    /** Entries, bytes held, and how many requests were answered from memory (for tests and benchmarks). */
    stats: () => ({ ...stats, entries: entries.size, bytes }),
  };
}

/**
 * @typedef {{ etag: string, headers: Record<string, string | string[]>, notModifiedHeaders: Record<string, string | string[]>,
 *   identity: Buffer, br: Buffer | null, gzip: Buffer | null, size: number }} CachedPage
 */
