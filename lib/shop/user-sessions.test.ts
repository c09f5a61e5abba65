import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore, RedisStore, type RedisConnection } from '@/lib/session';
import { redisForSuite } from '@/lib/session/testing/redis-client';
import {
  deviceLabel,
  MAX_INDEXED_PER_USER,
  MemoryUserSessionIndex,
  RedisUserSessionIndex,
  userSessionIndexFor,
  type UserSessionIndex,
} from './user-sessions';

const HOUR = 60 * 60_000;
const entry = (sid: string, loggedInAt: number, device = 'Firefox on Linux') => ({ sid, device, loggedInAt });

const redis = redisForSuite();
const connection = () => redis.client as unknown as RedisConnection;

beforeEach(async () => {
  await redis.client.flushAll();
});

const kinds: [string, () => UserSessionIndex][] = [
  ['memory', () => new MemoryUserSessionIndex()],
  ['redis', () => new RedisUserSessionIndex(connection())],
];

describe.each(kinds)('the %s user → sessions index', (_kind, makeIndex) => {
  it('should list a user’s sessions oldest login first, with their devices', async () => {
    const index = makeIndex();
    await index.add('riya', entry('laptop-sid', 2_000, 'Chrome on Windows'), HOUR);
    await index.add('riya', entry('phone-sid', 1_000, 'Safari on iOS'), HOUR);
    expect(await index.list('riya')).toEqual([entry('phone-sid', 1_000, 'Safari on iOS'), entry('laptop-sid', 2_000, 'Chrome on Windows')]);
  });

  it('should keep each user’s sessions apart', async () => {
    const index = makeIndex();
    await index.add('riya', entry('riya-sid', 1), HOUR);
    await index.add('aman', entry('aman-sid', 1), HOUR);
    expect((await index.list('riya')).map((e) => e.sid)).toEqual(['riya-sid']);
    expect((await index.list('aman')).map((e) => e.sid)).toEqual(['aman-sid']);
    expect(await index.list('nobody')).toEqual([]);
  });

  it('should forget removed sids, and ignore sids it never had', async () => {
    const index = makeIndex();
    await index.add('riya', entry('a', 1), HOUR);
    await index.add('riya', entry('b', 2), HOUR);
    await index.remove('riya', ['a', 'never-there']);
    expect((await index.list('riya')).map((e) => e.sid)).toEqual(['b']);
    await index.remove('riya', []);
    expect((await index.list('riya')).map((e) => e.sid)).toEqual(['b']);
  });

  it(`should keep at most ${MAX_INDEXED_PER_USER} logins per user, dropping the oldest`, async () => {
    const index = makeIndex();
    for (let n = 0; n < MAX_INDEXED_PER_USER + 2; n++) await index.add('riya', entry(`sid-${n}`, n), HOUR);
    const sids = (await index.list('riya')).map((e) => e.sid);
    expect(sids).toHaveLength(MAX_INDEXED_PER_USER);
    expect(sids[0]).toBe('sid-2');
  });
});

describe('the memory index’s lifetime', () => {
  it('should forget a user once the latest login’s TTL has passed', async () => {
    let now = 0;
    const index = new MemoryUserSessionIndex(() => now);
    await index.add('riya', entry('a', 0), HOUR);
    now = 30 * 60_000;
    await index.add('riya', entry('b', now), HOUR);
    now = HOUR + 1;
    expect((await index.list('riya')).map((e) => e.sid)).toEqual(['a', 'b']);
    now = 30 * 60_000 + HOUR;
    expect(await index.list('riya')).toEqual([]);
  });

  it('should read a session’s expiry from its stored cookie', async () => {
    const index = new MemoryUserSessionIndex();
    const json = JSON.stringify({ cookie: { originalMaxAge: 1_800_000, expires: '2026-12-03T12:00:00.000Z' } });
    expect(await index.expiresAt('any', json)).toBe(Date.parse('2026-12-03T12:00:00.000Z'));
    expect(await index.expiresAt('any', JSON.stringify({ cookie: { expires: null } }))).toBeNull();
  });
});

describe('the Redis index’s keys', () => {
  it('should keep a hash per user with a TTL that a login renews but never shortens', async () => {
    const index = new RedisUserSessionIndex(connection());
    await index.add('riya', entry('a', 1), 2 * HOUR);
    expect(await redis.client.type('user-sessions:riya')).toBe('hash');
    const first = await redis.client.pTTL('user-sessions:riya');
    expect(first).toBeGreaterThan(2 * HOUR - 5_000);
    expect(first).toBeLessThanOrEqual(2 * HOUR);
    await index.add('riya', entry('b', 2), HOUR);
    expect(await redis.client.pTTL('user-sessions:riya')).toBeGreaterThan(HOUR + 5_000);
  });

  it('should delete the hash when its last sid is removed', async () => {
    const index = new RedisUserSessionIndex(connection());
    await index.add('riya', entry('a', 1), HOUR);
    await index.remove('riya', ['a']);
    expect(await redis.client.exists('user-sessions:riya')).toBe(0);
  });

  it('should take a session’s expiry from its key’s TTL, and null for a missing key', async () => {
    const index = new RedisUserSessionIndex(connection());
    await redis.client.set('sess:live', '{}', { PX: HOUR });
    const before = Date.now();
    const at = (await index.expiresAt('live')) ?? 0;
    expect(at).toBeGreaterThan(before + HOUR - 5_000);
    expect(at).toBeLessThanOrEqual(Date.now() + HOUR);
    expect(await index.expiresAt('gone')).toBeNull();
  });

  it('should be the index chosen for a RedisStore, in the same Redis; a memory store gets a memory index', () => {
    expect(userSessionIndexFor(new RedisStore(connection()))).toBeInstanceOf(RedisUserSessionIndex);
    expect(userSessionIndexFor(new MemoryStore())).toBeInstanceOf(MemoryUserSessionIndex);
  });
});

describe('deviceLabel', () => {
  it.each([
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
      'Chrome on Android',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      'Safari on iOS',
    ],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox on Windows'],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0',
      'Edge on Windows',
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36',
      'Headless Chrome on Linux',
    ],
    ['curl/8.5.0', 'curl/8.5.0'],
    ['', 'Unknown device'],
  ])('should call %j %j', (userAgent, label) => {
    expect(deviceLabel(userAgent)).toBe(label);
  });

  it('should bound an unknown client’s label', () => {
    expect(deviceLabel('x'.repeat(500))).toHaveLength(40);
    expect(deviceLabel(null)).toBe('Unknown device');
  });
});
