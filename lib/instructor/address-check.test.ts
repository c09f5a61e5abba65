import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkAddress, isLoopbackHost } from './address-check';

describe('isLoopbackHost', () => {
  it('should know the loopback names and addresses', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', 'app.localhost']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'example.com']) expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('checkAddress', () => {
  it('should fail at once when the server listens on loopback only', async () => {
    expect(await checkAddress('http://192.168.1.5:3000', '127.0.0.1')).toEqual({ state: 'loopback-only', host: '127.0.0.1' });
  });

  it('should say when there is no address to check', async () => {
    expect(await checkAddress(null, '')).toEqual({ state: 'no-address' });
  });

  it('should pass when /api/health answers 200, and fail on another status or a refused connection', async () => {
    const server = createServer((request, response) => {
      response.statusCode = request.url === '/api/health' ? 200 : 404;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    expect(await checkAddress(`http://127.0.0.1:${port}`, '')).toEqual({ state: 'ok' });
    const failing = (() => Promise.resolve(new Response('', { status: 503 }))) as typeof fetch;
    expect(await checkAddress(`http://127.0.0.1:${port}`, '', failing)).toEqual({ state: 'unreachable', reason: 'HTTP 503' });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await checkAddress(`http://127.0.0.1:${port}`, '')).toEqual({ state: 'unreachable', reason: 'ECONNREFUSED' });
  });
});
