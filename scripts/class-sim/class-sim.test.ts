import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ClassroomStudent } from './classroom';
import { isLoopbackHost, parseClassSimArgs } from './config';
import { ClassSimStats, formatSummary, percentile } from './stats';
import { ExpectedCart, SessionJar } from './student';

describe('parseClassSimArgs', () => {
  it('should read --url, --students and --duration in both spellings', () => {
    const config = parseClassSimArgs(['--url', 'http://127.0.0.1:3341', '--students=50', '--duration', '20', '--json']);
    expect(config.url.origin).toBe('http://127.0.0.1:3341');
    expect(config).toMatchObject({ students: 50, durationSeconds: 20, json: true });
  });

  it('should require --url', () => {
    expect(() => parseClassSimArgs(['--students', '3'])).toThrow('class-sim: --url is required');
  });

  it('should refuse another machine unless --allow-remote', () => {
    expect(() => parseClassSimArgs(['--url', 'http://example.com'])).toThrow(
      'class-sim: example.com is not this machine; pass --allow-remote',
    );
    expect(parseClassSimArgs(['--url', 'http://192.168.1.20:3000', '--allow-remote']).url.hostname).toBe('192.168.1.20');
  });

  it('should refuse nonsense numbers and unknown arguments', () => {
    expect(() => parseClassSimArgs(['--url', 'http://localhost:3000', '--students', '0'])).toThrow(
      '--students must be a whole number from 1 to 1000',
    );
    expect(() => parseClassSimArgs(['--url', 'http://localhost:3000', '--duration', '2.5'])).toThrow('--duration must be a whole number');
    expect(() => parseClassSimArgs(['--url', 'http://localhost:3000', '--turbo'])).toThrow('class-sim: unknown argument "--turbo"');
    expect(() => parseClassSimArgs(['--url', 'ftp://localhost/'])).toThrow('must be http:// or https://');
  });
});

describe('parseClassSimArgs at the classroom pace', () => {
  it('should keep burst as the default and read the classroom options', () => {
    expect(parseClassSimArgs(['--url', 'http://localhost:3000'])).toMatchObject({ pace: 'burst', floor: false, inspector: 'stream', serverPid: null });
    const config = parseClassSimArgs([
      '--url',
      'http://localhost:3000',
      '--pace',
      'classroom',
      '--students',
      '1000',
      '--server-pid=4242',
      '--inspector',
      'poll',
    ]);
    expect(config).toMatchObject({ pace: 'classroom', students: 1000, serverPid: 4242, inspector: 'poll' });
    expect(parseClassSimArgs(['--url', 'http://localhost:3000', '--pace', 'classroom', '--floor']).floor).toBe(true);
  });

  it('should refuse an unknown pace, a floor without the classroom pace, and a bad pid', () => {
    expect(() => parseClassSimArgs(['--url', 'http://localhost:3000', '--pace', 'lecture'])).toThrow('--pace must be burst or classroom');
    expect(() => parseClassSimArgs(['--url', 'http://localhost:3000', '--floor'])).toThrow('--floor goes with --pace classroom');
    expect(() => parseClassSimArgs(['--url', 'http://localhost:3000', '--server-pid', 'me'])).toThrow('--server-pid must be a whole number');
    expect(() => parseClassSimArgs(['--url', 'http://localhost:3000', '--students', '1001'])).toThrow('from 1 to 1000');
  });
});

describe('ClassroomStudent against a stand-in site', () => {
  /** A site that keeps one cart, pushes "changed" after every write and can be told to lose one. */
  async function standIn(loseAfter = Infinity) {
    const seen: string[] = [];
    const streams = new Set<ServerResponse>();
    let cart = new Map<string, number>();
    let writes = 0;
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      seen.push(`${request.method} ${path}`);
      const json = (body: unknown) => {
        response.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'pathshala.sid=s%3Aone.sig; Path=/' });
        response.end(JSON.stringify(body));
      };
      const items = () => [...cart].map(([productId, qty]) => ({ productId, qty }));
      const changed = () => {
        for (const stream of streams) stream.write('id: p.1\nevent: changed\ndata: null\n\n');
      };
      if (path === '/api/inspect/stream') {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write('retry: 3000\n: open\n\n');
        streams.add(response);
        request.on('close', () => streams.delete(response));
        return;
      }
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const input = body === '' ? {} : (JSON.parse(body) as { productId?: string; qty?: number });
        if (request.method === 'POST' && path === '/api/demo/cart') {
          writes += 1;
          const next = new Map(cart);
          next.set(input.productId!, (next.get(input.productId!) ?? 0) + input.qty!);
          // A lost update: the write is answered as done but never kept.
          if (writes !== loseAfter) cart = next;
          json({ items: writes === loseAfter ? [...next].map(([productId, qty]) => ({ productId, qty })) : items() });
        } else if (request.method === 'PATCH' && path.startsWith('/api/demo/cart/')) {
          cart.set(path.split('/').pop()!, input.qty!);
          json({ items: items() });
        } else if (path === '/api/demo/cart') {
          json({ items: items() });
          return;
        } else {
          json({ ok: true });
          if (request.method === 'GET') return;
        }
        changed();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return { url, seen, close: () => new Promise((resolve) => server.close(resolve)), closeStreams: () => streams.forEach((s) => s.end()) };
  }

  it('should load the page, log in, keep one stream per cookie and read the inspector once per pushed change', async () => {
    const site = await standIn();
    const stats = new ClassSimStats();
    const student = new ClassroomStudent(0, site.url, stats, { thinkMs: [5, 10], floor: false, inspector: 'stream' });
    await student.run(Date.now() + 1_500);
    site.closeStreams();
    await site.close();
    const summary = stats.summary(1, 0.3);
    expect(summary.errors).toBe(0);
    expect(summary.lostUpdates).toBe(0);
    expect(site.seen.slice(0, 3)).toEqual(['GET /en/lab/cart', 'GET /api/demo/cart', 'GET /api/inspect']);
    expect(site.seen.filter((line) => line === 'GET /api/inspect/stream')).toHaveLength(1);
    const writes = site.seen.filter((line) => /^(POST|PATCH) /.test(line)).length;
    const reads = site.seen.filter((line) => line === 'GET /api/inspect').length;
    // One read at the start, then at most one per change (reads fold while one is on its way).
    expect(reads).toBeGreaterThan(1);
    expect(reads).toBeLessThanOrEqual(1 + writes);
    expect(summary.byKind).toHaveProperty('page');
    expect(summary.byKind).toHaveProperty('(push)');
  });

  it('should report a lost update when the server forgets a write', async () => {
    const site = await standIn(2);
    const stats = new ClassSimStats();
    const student = new ClassroomStudent(0, site.url, stats, { thinkMs: [5, 10], floor: false, inspector: 'stream' }, () => 0.1);
    await student.run(Date.now() + 1_500);
    site.closeStreams();
    await site.close();
    expect(stats.summary(1, 0.3).lostUpdates).toBeGreaterThan(0);
  });
});

describe('isLoopbackHost', () => {
  it('should accept only this machine', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['10.0.0.1', 'localhost.example.com', '128.0.0.1', 'example.com']) expect(isLoopbackHost(host), host).toBe(false);
  });
});

describe('percentile', () => {
  it('should take the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, index) => index + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});

describe('ClassSimStats', () => {
  it('should count requests, errors and lost updates and keep a few samples', () => {
    const stats = new ClassSimStats();
    [5, 1, 3, 2, 4].forEach((ms) => stats.request(ms));
    stats.error('student 1: GET /api/demo/cart → 503');
    stats.lostUpdate('student 2 after add: chai: expected 2, got 1');
    const summary = stats.summary(2, 2);
    expect(summary).toMatchObject({
      requests: 5,
      errors: 1,
      lostUpdates: 1,
      requestsPerSecond: 2.5,
      latencyMs: { p50: 3, p95: 5, p99: 5, max: 5 },
    });
    expect(formatSummary(summary, 'http://127.0.0.1:3341')).toContain('lost updates  1');
  });
});

describe('SessionJar', () => {
  it('should keep the session cookie and drop it when the server clears it', () => {
    const jar = new SessionJar();
    jar.receive(['pathshala.lang=en; Path=/', 'pathshala.sid=s%3Aabc.sig; Path=/; HttpOnly; SameSite=Lax']);
    expect(jar.header()).toBe('pathshala.sid=s%3Aabc.sig');
    jar.receive(['pathshala.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);
    expect(jar.header()).toBeNull();
    jar.receive(['pathshala.sid=s%3Anew.sig; Path=/']);
    jar.receive(['pathshala.sid=s%3Anew.sig; Max-Age=0']);
    expect(jar.header()).toBeNull();
  });
});

describe('ExpectedCart', () => {
  it('should agree with a server cart holding exactly what was added', () => {
    const cart = new ExpectedCart();
    cart.add('chai', 2);
    cart.add('chai', 1);
    cart.add('lassi', 1);
    cart.remove('lassi');
    expect(cart.differenceFrom([{ productId: 'chai', qty: 3 }])).toBeNull();
  });

  it('should name every line that differs', () => {
    const cart = new ExpectedCart();
    cart.add('chai', 3);
    expect(
      cart.differenceFrom([
        { productId: 'chai', qty: 2 },
        { productId: 'samosa', qty: 1 },
      ]),
    ).toBe('chai: expected 3, got 2; samosa: expected 0, got 1');
    cart.clear();
    expect(cart.differenceFrom([])).toBeNull();
  });
});
