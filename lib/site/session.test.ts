import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore, RedisStore } from '../session';
import { loadOrCreateSecret, parseSessionConfig, sessionEvictionTier, siteSessionOptions } from './session';

describe('parseSessionConfig', () => {
  it('should default to the memory store, the local Redis URL and a generated secret', () => {
    expect(parseSessionConfig({})).toEqual({ secrets: null, store: 'memory', redisUrl: 'redis://127.0.0.1:6379', maxSessions: 10_000 });
  });

  it('should split SESSION_SECRET on commas, first one signing', () => {
    expect(parseSessionConfig({ SESSION_SECRET: ' new-secret , old-secret ,' }).secrets).toEqual(['new-secret', 'old-secret']);
  });

  it('should treat a blank SESSION_SECRET as unset', () => {
    expect(parseSessionConfig({ SESSION_SECRET: ' , ' }).secrets).toBeNull();
  });

  it('should accept SESSION_STORE=redis with a REDIS_URL', () => {
    expect(parseSessionConfig({ SESSION_STORE: 'Redis', REDIS_URL: 'redis://cache:6380' })).toEqual({
      secrets: null,
      store: 'redis',
      redisUrl: 'redis://cache:6380',
      maxSessions: 10_000,
    });
  });

  it('should take SESSION_MAX_ENTRIES as the store cap, refusing nonsense with the fix', () => {
    expect(parseSessionConfig({ SESSION_MAX_ENTRIES: '50000' }).maxSessions).toBe(50_000);
    for (const value of ['lots', '-5', '99', '1e5']) {
      expect(() => parseSessionConfig({ SESSION_MAX_ENTRIES: value })).toThrow('site-session: SESSION_MAX_ENTRIES must be a whole number');
    }
  });

  it('should reject an unknown store, saying the choices', () => {
    expect(() => parseSessionConfig({ SESSION_STORE: 'postgres' })).toThrow(
      `site-session: SESSION_STORE must be 'memory' or 'redis', got "postgres".`,
    );
  });

  it('should reject a REDIS_URL that is not a redis URL', () => {
    expect(() => parseSessionConfig({ REDIS_URL: 'localhost:6379' })).toThrow(
      'site-session: REDIS_URL must start with redis:// or rediss://',
    );
  });
});

describe('siteSessionOptions', () => {
  it('should configure the pathshala.sid cookie with a 30-minute rolling idle timeout', () => {
    const options = siteSessionOptions(['s'], parseSessionConfig({}));
    expect(options).toMatchObject({
      name: 'pathshala.sid',
      secret: ['s'],
      resave: false,
      saveUninitialized: false,
      rolling: true,
      proxy: true,
      idleTimeoutMs: 1_800_000,
      absoluteTimeoutMs: 43_200_000,
      cookie: { maxAge: 1_800_000, httpOnly: true, sameSite: 'lax', path: '/', secure: 'auto' },
    });
    expect(options.store).toBeInstanceOf(MemoryStore);
    expect((options.store as MemoryStore).maxEntries).toBe(10_000);
  });

  it('should rank sessions for eviction: logged in, then anonymous holding more, then the rest', () => {
    const cookie = { originalMaxAge: 1_800_000, expires: '2026-12-03T10:00:00.000Z', httpOnly: true, path: '/', sameSite: 'lax' };
    expect(sessionEvictionTier(JSON.stringify({ cookie, user: { username: 'riya' } }))).toBe(2);
    expect(sessionEvictionTier(JSON.stringify({ cookie, cart: [{ productId: 'chai', qty: 1 }] }))).toBe(0);
    const busy = { cookie, cart: ['chai', 'samosa', 'jalebi', 'vada-pav', 'lassi'].map((productId) => ({ productId, qty: 9 })) };
    expect(sessionEvictionTier(JSON.stringify({ ...busy, activity: [{ path: '/en/learn/cookies-101', at: 1 }] }))).toBe(1);
    // A visited path naming "user" is escaped inside its string, so it is not mistaken for the key.
    expect(sessionEvictionTier(JSON.stringify({ cookie, activity: [{ path: '/"user":' }] }))).toBe(0);
  });

  it('should use a RedisStore when asked', async () => {
    const options = siteSessionOptions(['s'], parseSessionConfig({ SESSION_STORE: 'redis', REDIS_URL: 'redis://127.0.0.1:1' }));
    expect(options.store).toBeInstanceOf(RedisStore);
    await options.store?.close?.();
  });
});

describe('loadOrCreateSecret', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pathshala-secret-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('should generate a secret once, with mode 0600, and log one line', () => {
    const lines: string[] = [];
    const dataDir = join(dir, '.data');
    const secret = loadOrCreateSecret(dataDir, (line) => lines.push(line));
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(join(dataDir, 'session-secret'), 'utf8')).toBe(`${secret}\n`);
    expect(statSync(join(dataDir, 'session-secret')).mode & 0o777).toBe(0o600);
    expect(lines).toEqual([`site-session: SESSION_SECRET is not set; generated one and saved it to ${join(dataDir, 'session-secret')}.`]);
  });

  it('should reuse the saved secret on the next start without logging', () => {
    const lines: string[] = [];
    const first = loadOrCreateSecret(dir, () => {});
    expect(loadOrCreateSecret(dir, (line) => lines.push(line))).toBe(first);
    expect(lines).toEqual([]);
  });
});
