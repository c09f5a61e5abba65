import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Express } from 'express';
import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, SOCKET_ADDRESS_HEADER } from '@/lib/http/front-door.mjs';
import { checkRoute, type CheckReply } from './check-endpoint';
import { practiceMessages } from '@/lib/i18n/messages/practice';

const { createApp } = createRequire(import.meta.url)('../../practice/solutions/app.js') as { createApp(): Express };

const FROM_THIS_MACHINE = { host: 'localhost:3000', [SOCKET_ADDRESS_HEADER]: '127.0.0.1', [CLIENT_ADDRESS_HEADER]: '127.0.0.1' };

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost:3000/api/practice/check', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...FROM_THIS_MACHINE, ...headers },
    body,
  });
}

const check = (request: Request) => checkRoute(request, { params: Promise.resolve({}) });

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe('POST /api/practice/check', () => {
  it('should refuse a client on another machine with a forged X-Forwarded-For, before reading anything', async () => {
    const request = post(JSON.stringify({ exercise: 'seed-app', app: 'http://127.0.0.1:9' }), {
      [SOCKET_ADDRESS_HEADER]: '192.168.1.23',
      [CLIENT_ADDRESS_HEADER]: '192.168.1.23',
      'x-forwarded-for': '127.0.0.1',
    });
    const response = await check(request);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: 'practice_off', message: practiceMessages('hi-latn').checker.off['not-this-machine'] },
    });
  });

  it('should refuse a form body type (415), an unknown exercise (400) and a target on another machine (400)', async () => {
    const form = await check(post('exercise=seed-app', { 'content-type': 'text/plain' }));
    expect(form.status).toBe(415);
    const unknown = await check(post(JSON.stringify({ exercise: 'signup', app: 'http://127.0.0.1:4000' })));
    expect([unknown.status, await errorCode(unknown)]).toEqual([400, 'bad_body']);
    const remote = await check(post(JSON.stringify({ exercise: 'seed-app', app: 'http://169.254.169.254/' })));
    expect([remote.status, await errorCode(remote)]).toEqual([400, 'target_not_loopback']);
    const redis = await check(post(JSON.stringify({ exercise: 'redis-store', app: 'http://127.0.0.1:4000', redis: 'redis://10.0.0.3' })));
    expect([redis.status, await errorCode(redis)]).toEqual([400, 'target_not_loopback']);
  });

  it("should run the grader on a loopback app and answer the CLI's lines and exit code", async () => {
    const server = createApp().listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const app = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const response = await check(post(JSON.stringify({ exercise: 'login', app }), { 'x-pathshala-locale': 'hi-latn' }));
      const reply = (await response.json()) as CheckReply;
      expect(reply.exitCode).toBe(0);
      expect(reply.passed).toEqual(['login']);
      expect(reply.failedChecks).toBe(0);
      expect(reply.lines[0]).toBe('✓ Exercise login: Login, regenerate ke saath');
      expect(reply.lines.at(-1)).toBe('1 mein se 1 exercises pass.');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
