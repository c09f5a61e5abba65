import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { RedisStore as ConnectRedisStore } from 'connect-redis';
import { unsign } from 'cookie-signature';
import express from 'express';
import expressSession from 'express-session';
import { createClient } from 'redis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSessionEngine, type SessionEngine } from './engine';
import { RedisStore } from './stores/redis-store';
import { cookiePair } from './testing/http';
import { exchange } from './testing/engine-setup';
import { startRedisServer, type RedisServer } from './testing/redis-server';

const SECRET = 'same secret on both sides';
const NAME = 'pathshala.sid';
const MINUTE_MS = 60_000;

describe('cookie-signature compatibility', () => {
  it("should have cookie-signature's unsign accept a cookie the engine minted", async () => {
    const engine = createSessionEngine({ secret: SECRET, name: NAME });
    const { setCookie, sid } = await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    const value = decodeURIComponent(cookiePair(setCookie).slice(NAME.length + 1));
    expect(value.startsWith('s:')).toBe(true);
    expect(unsign(value.slice(2), SECRET)).toBe(sid);
    expect(unsign(value.slice(2), 'another secret')).toBe(false);
    await engine.close();
  });
});

describe('express-session + connect-redis compatibility', () => {
  let redis: RedisServer;
  let client: ReturnType<typeof createClient>;
  let server: Server;
  let baseUrl: string;
  let engine: SessionEngine;
  let store: RedisStore;
  let nextExpressId: string | null = null;

  beforeAll(async () => {
    redis = await startRedisServer();
    client = createClient({ url: redis.url });
    await client.connect();
    const app = express();
    app.use(
      expressSession({
        name: NAME,
        secret: SECRET,
        resave: false,
        saveUninitialized: false,
        store: new ConnectRedisStore({ client }),
        genid: () => nextExpressId ?? 'express-made',
        cookie: { maxAge: MINUTE_MS, sameSite: 'lax' },
      }),
    );
    app.get('/read', (req, res) => {
      res.json(req.session);
    });
    app.post('/write', (req, res) => {
      const data = req.session as unknown as Record<string, unknown>;
      data.user = 'aman';
      data.visits = ((data.visits as number | undefined) ?? 0) + 1;
      res.json({ ok: true });
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    store = RedisStore.fromUrl(redis.url);
    engine = createSessionEngine({ secret: SECRET, name: NAME, store, cookie: { maxAge: MINUTE_MS } });
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await engine.close();
    client.destroy();
    await redis.stop();
  });

  beforeEach(async () => {
    await client.flushAll();
    nextExpressId = null;
  });

  it('should let express-session read a session the engine wrote', async () => {
    const { setCookie, sid } = await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
      session.data.cart = [{ productId: 'chai', qty: 2 }];
    });
    const response = await fetch(`${baseUrl}/read`, { headers: { cookie: cookiePair(setCookie) } });
    const seen = (await response.json()) as Record<string, unknown>;
    expect(seen).toMatchObject({ user: 'riya', cart: [{ productId: 'chai', qty: 2 }], cookie: { originalMaxAge: MINUTE_MS, path: '/' } });
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await client.exists(`sess:${sid}`)).toBe(1);
  });

  it('should let the engine read a session express-session wrote', async () => {
    const response = await fetch(`${baseUrl}/write`, { method: 'POST' });
    const [setCookie = null] = response.headers.getSetCookie();
    let seen: Record<string, unknown> = {};
    const result = await exchange(engine, { cookie: cookiePair(setCookie) }, (session) => {
      seen = { ...session.data };
    });
    expect(result.sid).toBe('express-made');
    expect(seen).toEqual({ user: 'aman', visits: 1 });
  });

  it('should keep a session going back and forth, engine metadata included', async () => {
    const first = await exchange(engine, {}, (session) => {
      session.data.visits = 10;
    });
    const cookie = cookiePair(first.setCookie);
    const before = JSON.parse((await client.get(`sess:${first.sid}`)) ?? '{}');
    await fetch(`${baseUrl}/write`, { method: 'POST', headers: { cookie } });
    let visits: unknown;
    await exchange(engine, { cookie }, (session) => {
      visits = session.data.visits;
      expect(session.createdAt).toBe(before.__meta.createdAt);
    });
    expect(visits).toBe(11);
  });

  it('should mint the same Set-Cookie as express-session for the same sid', async () => {
    nextExpressId = 'same-sid';
    const sameEngine = createSessionEngine({
      secret: SECRET,
      name: NAME,
      store,
      genid: () => 'same-sid',
      cookie: { secure: false, sameSite: 'lax' },
    });
    const ours = await exchange(sameEngine, {}, (session) => {
      session.data.user = 'aman';
      session.data.visits = 1;
    });
    await client.flushAll();
    const theirs = await fetch(`${baseUrl}/write`, { method: 'POST' });
    const [theirCookie = ''] = theirs.headers.getSetCookie();
    expect(ours.setCookie?.replace(/; Expires=[^;]+/, '')).toBe(theirCookie.replace(/; Expires=[^;]+/, ''));
    expect(cookiePair(ours.setCookie)).toBe(cookiePair(theirCookie));
  });

  it('should store the same JSON keys and TTL as connect-redis', async () => {
    nextExpressId = 'theirs';
    await fetch(`${baseUrl}/write`, { method: 'POST' });
    const ours = await exchange(engine, {}, (session) => {
      session.data.user = 'aman';
      session.data.visits = 1;
    });
    const theirJson = JSON.parse((await client.get('sess:theirs')) ?? '{}');
    const ourJson = JSON.parse((await client.get(`sess:${ours.sid}`)) ?? '{}');
    const { __meta, ...ourRest } = ourJson;
    expect(__meta).toEqual({ createdAt: expect.any(Number) });
    expect(Object.keys(ourRest)).toEqual(Object.keys(theirJson));
    expect(Object.keys(ourRest.cookie).filter((key) => key !== 'secure')).toEqual(Object.keys(theirJson.cookie));
    expect(await client.ttl(`sess:${ours.sid}`)).toBe(await client.ttl('sess:theirs'));
  });
});
