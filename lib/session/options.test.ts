import { describe, expect, it } from 'vitest';
import { generateSessionId, resolveOptions, type SessionEngineOptions } from './options';
import { MemoryStore } from './stores/memory-store';

function resolve(options: Partial<SessionEngineOptions>) {
  return () => resolveOptions({ secret: 'keyboard cat', ...options } as SessionEngineOptions);
}

describe('secret option', () => {
  it('should refuse to start without a secret', () => {
    expect(() => resolveOptions({} as SessionEngineOptions)).toThrow(
      'session-engine: a secret is required to sign session cookies. Pass secret: process.env.SESSION_SECRET',
    );
  });

  it('should refuse an empty list and empty strings', () => {
    expect(resolve({ secret: [] })).toThrow('session-engine: the secret list is empty.');
    expect(resolve({ secret: ['good', ''] })).toThrow('session-engine: every secret must be a non-empty string.');
  });

  it('should accept a list with the signing secret first', () => {
    expect(resolveOptions({ secret: ['new', 'old'] }).secrets).toEqual(['new', 'old']);
  });
});

describe('defaults', () => {
  it('should follow express-session where it is safe and choose the secure side otherwise', () => {
    const options = resolveOptions({ secret: 's' });
    expect(options).toMatchObject({
      name: 'connect.sid',
      resave: false,
      saveUninitialized: false,
      rolling: false,
      unsetDestroys: false,
      proxy: false,
      locking: true,
      lockWaitMs: 5_000,
      idleTimeoutMs: null,
      absoluteTimeoutMs: null,
      storeTtlWithoutExpiryMs: 86_400_000,
      cookie: { maxAge: null, expires: null, httpOnly: true, secure: 'auto', sameSite: 'lax', path: '/' },
    });
    expect(options.store).toBeInstanceOf(MemoryStore);
  });
});

describe('genid option', () => {
  it('should default to 192 random bits in base64url', () => {
    const id = generateSessionId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(generateSessionId()).not.toBe(id);
  });

  it('should never hand out the same ID twice across many refills of its pool', () => {
    const ids = new Set(Array.from({ length: 1_000 }, () => generateSessionId()));
    expect(ids.size).toBe(1_000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // All zero bytes would mean a slice was read after it was used (or never filled).
    expect([...ids].some((id) => id.startsWith('AAAAAAAA'))).toBe(false);
  });

  it('should refuse something that is not a function', () => {
    expect(resolve({ genid: 'abc' as unknown as () => string })).toThrow('session-engine: genid must be a function');
  });
});

describe('bad configuration', () => {
  it.each([
    [{ name: 'bad name' }, 'session-engine: name must be a cookie name'],
    [{ unset: 'drop' as 'keep' }, "session-engine: unset must be 'keep' or 'destroy'"],
    [{ cookie: { maxAge: Number.NaN } }, 'session-engine: cookie.maxAge must be a number of milliseconds or null'],
    [{ cookie: { expires: new Date('nope') } }, 'session-engine: cookie.expires must be a valid Date or null'],
    [{ cookie: { path: 'admin' } }, "session-engine: cookie.path must start with '/'"],
    [{ cookie: { path: '/a;b' } }, "session-engine: cookie.path must start with '/'"],
    [{ cookie: { domain: 'exa mple.com' } }, 'session-engine: cookie.domain must be a host name'],
    [{ cookie: { sameSite: 'none' as const, secure: false } }, "session-engine: cookie.sameSite 'none' needs cookie.secure true or 'auto'"],
    [{ cookie: { sameSite: 'sometimes' as 'lax' } }, 'session-engine: cookie.sameSite must be'],
    [{ idleTimeoutMs: -1 }, 'session-engine: idleTimeoutMs must be a positive number of milliseconds or null'],
    [{ absoluteTimeoutMs: 0 }, 'session-engine: absoluteTimeoutMs must be a positive number of milliseconds or null'],
    [{ lockWaitMs: -5 }, 'session-engine: lockWaitMs must be a number of milliseconds ≥ 0.'],
    [{ store: { get() {} } as never }, 'session-engine: store must implement set(); use MemoryStore or RedisStore.'],
  ])('should reject %j with a message saying the fix', (options, message) => {
    expect(resolve(options as Partial<SessionEngineOptions>)).toThrow(message);
  });
});
