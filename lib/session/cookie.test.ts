import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSetCookie, readCookie, serializeSetCookie, SessionCookie } from './cookie';

const NOW = new Date('2025-01-01T00:00:00.000Z');

function cookie(overrides: Partial<ConstructorParameters<typeof SessionCookie>[0]> = {}): SessionCookie {
  return new SessionCookie({
    originalMaxAge: null,
    expires: null,
    httpOnly: true,
    secure: undefined,
    sameSite: undefined,
    path: '/',
    domain: undefined,
    partitioned: undefined,
    priority: undefined,
    ...overrides,
  });
}

describe('serializeSetCookie', () => {
  it('should URL-encode the value', () => {
    expect(serializeSetCookie('sid', 's:a/b+c.d', {})).toBe('sid=s%3Aa%2Fb%2Bc.d');
  });

  it('should write attributes in the order of the cookie package', () => {
    const header = serializeSetCookie('sid', 'v', {
      maxAgeSeconds: 60.9,
      domain: 'example.com',
      path: '/app',
      expires: NOW,
      httpOnly: true,
      secure: true,
      partitioned: true,
      priority: 'high',
      sameSite: 'strict',
    });
    expect(header).toBe(
      'sid=v; Max-Age=60; Domain=example.com; Path=/app; Expires=Wed, 01 Jan 2025 00:00:00 GMT; HttpOnly; Secure; Partitioned; Priority=High; SameSite=Strict',
    );
  });

  it('should write SameSite=Strict for sameSite true and nothing for false', () => {
    expect(serializeSetCookie('a', 'b', { sameSite: true })).toBe('a=b; SameSite=Strict');
    expect(serializeSetCookie('a', 'b', { sameSite: false })).toBe('a=b');
  });
});

describe('readCookie', () => {
  it('should find the named cookie among others', () => {
    expect(readCookie('a=1; connect.sid=s%3Aabc.def; b=2', 'connect.sid')).toBe('s:abc.def');
  });

  it('should take the first of two cookies with the same name', () => {
    expect(readCookie('sid=first; sid=second', 'sid')).toBe('first');
  });

  it('should strip surrounding double quotes', () => {
    expect(readCookie('sid="abc"', 'sid')).toBe('abc');
  });

  it('should leave invalid percent-encoding as sent', () => {
    expect(readCookie('sid=%E0%A4%A', 'sid')).toBe('%E0%A4%A');
  });

  it('should return null when the cookie or the header is missing', () => {
    expect(readCookie('other=1', 'sid')).toBeNull();
    expect(readCookie(null, 'sid')).toBeNull();
    expect(readCookie('', 'sid')).toBeNull();
  });

  it('should not match a cookie whose name merely ends with the name', () => {
    expect(readCookie('xsid=1', 'sid')).toBeNull();
  });
});

describe('parseSetCookie', () => {
  it('should read back what serializeSetCookie wrote', () => {
    const header = serializeSetCookie('sid', 's:a/b', {
      path: '/',
      expires: NOW,
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      priority: 'low',
    });
    expect(parseSetCookie(header)).toEqual({
      name: 'sid',
      value: 's:a/b',
      attributes: { path: '/', expires: NOW, httpOnly: true, secure: true, sameSite: 'lax', priority: 'low' },
    });
  });
});

describe('SessionCookie', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should report maxAge as the time left', () => {
    const c = cookie({ originalMaxAge: 60_000, expires: new Date(NOW.getTime() + 60_000) });
    vi.advanceTimersByTime(10_000);
    expect(c.maxAge).toBe(50_000);
    expect(c.originalMaxAge).toBe(60_000);
  });

  it('should restart its life on resetMaxAge', () => {
    const c = cookie({ originalMaxAge: 60_000, expires: new Date(NOW.getTime() + 60_000) });
    vi.advanceTimersByTime(10_000);
    c.resetMaxAge();
    expect(c.expires?.toISOString()).toBe('2025-01-01T00:01:10.000Z');
  });

  it('should set originalMaxAge from an assigned expires, like express-session', () => {
    const c = cookie();
    c.expires = new Date(NOW.getTime() + 5_000);
    expect(c.originalMaxAge).toBe(5_000);
  });

  it('should stay a browser-session cookie when maxAge is null', () => {
    const c = cookie();
    c.resetMaxAge();
    expect(c.expires).toBeNull();
    expect(c.maxAge).toBeNull();
  });

  it('should store in express-session key order, dropping unset attributes', () => {
    const c = cookie({ originalMaxAge: 1_000, expires: new Date(NOW.getTime() + 1_000), secure: false, sameSite: 'lax' });
    expect(JSON.stringify(c)).toBe(
      '{"originalMaxAge":1000,"expires":"2025-01-01T00:00:01.000Z","secure":false,"httpOnly":true,"path":"/","sameSite":"lax"}',
    );
  });

  it('should rebuild itself from its stored form', () => {
    const c = cookie({ originalMaxAge: 1_000, expires: new Date(NOW.getTime() + 1_000), domain: 'example.com', priority: 'high' });
    const again = SessionCookie.fromStored(JSON.parse(JSON.stringify(c)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(c));
  });

  it('should serialize without Max-Age, as express-session does', () => {
    const c = cookie({ originalMaxAge: 1_000, expires: new Date(NOW.getTime() + 1_000), sameSite: 'lax' });
    expect(c.serialize('sid', 'v')).toBe('sid=v; Path=/; Expires=Wed, 01 Jan 2025 00:00:01 GMT; HttpOnly; SameSite=Lax');
  });
});
