import { describe, expect, it } from 'vitest';
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
