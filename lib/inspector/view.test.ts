import { describe, expect, it } from 'vitest';
import type { SessionInspection, SessionTraceEvent } from '@/lib/session';
import type { LogEntry } from './log';
import { inspectedEvent, inspectView } from './view';

const stored = {
  cookie: { originalMaxAge: 1000, expires: '2026-01-01T00:00:00.000Z', httpOnly: true, path: '/', sameSite: 'lax' as const },
  cart: [],
};

const event: SessionTraceEvent = {
  time: '2026-01-01T00:00:00.000Z',
  method: 'POST',
  path: '/api/demo/logout',
  cookieHeader: 'pathshala.sid=s%3Aabc.sig',
  cookieValue: 's:abc.sig',
  cookie: { prefix: 's:', sid: 'abc', signature: 'sig', valid: true, reason: null },
  signature: 'valid',
  storeOperations: [{ op: 'destroy', sid: 'abc', beforeJson: JSON.stringify(stored), before: stored, after: null, durationMs: 0.123456 }],
  sidBefore: 'abc',
  sidAfter: 'abc',
  storeAction: 'none',
  setCookie: null,
  noSetCookieReason: 'destroyed',
  error: null,
  durationMs: 1.23456,
  status: 200,
  responseSetCookie: null,
};

describe('inspectedEvent', () => {
  it("should show the engine's decision when the route added no cookie of its own", () => {
    const entry: LogEntry = { key: 'sid:abc', event };
    expect(inspectedEvent(entry)).toEqual({
      time: '2026-01-01T00:00:00.000Z',
      method: 'POST',
      path: '/api/demo/logout',
      status: 200,
      cookieSent: true,
      cookieValid: true,
      cookieReason: null,
      setCookie: null,
      noSetCookieReason: 'destroyed',
      storeAction: 'none',
      storeOperations: [{ op: 'destroy', sid: 'abc', before: stored, after: null, durationMs: 0.12 }],
      sidBefore: 'abc',
      sidAfter: 'abc',
      durationMs: 1.23,
      error: null,
    });
  });

  it('should show the Set-Cookie the response really carried (a logout clears the cookie)', () => {
    const clearing = 'pathshala.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT';
    const entry: LogEntry = { key: 'sid:abc', event: { ...event, responseSetCookie: clearing } };
    expect(inspectedEvent(entry)).toMatchObject({ setCookie: clearing, noSetCookieReason: null });
  });

  it("should give 'error' as the reason when a failed request set no cookie", () => {
    const failed: LogEntry = {
      key: 'sid:abc',
      event: { ...event, noSetCookieReason: null, error: 'store down', status: 503, responseSetCookie: null },
    };
    expect(inspectedEvent(failed)).toMatchObject({ status: 503, setCookie: null, noSetCookieReason: 'error', error: 'store down' });
  });
});

describe('inspectView', () => {
  it('should say when the store is nearly full and how many sessions it pushed out', () => {
    const inspection: SessionInspection = {
      cookieHeader: null,
      cookieValue: null,
      sessionCookie: { prefix: null, sid: null, signature: null, valid: false, reason: 'no-cookie' },
      insideCookiePath: true,
      entry: null,
      store: { kind: 'redis', length: 9_000, limits: { maxEntries: 10_000, evicted: 1_234 } },
    };
    expect(inspectView('pathshala.sid', inspection, []).store).toEqual({
      kind: 'redis',
      size: 9_000,
      maxEntries: 10_000,
      evicted: 1_234,
      full: true,
    });
  });

  it("should put the engine's inspection, the store size and the events together", () => {
    const inspection: SessionInspection = {
      cookieHeader: 'pathshala.sid=s%3Aabcdefghijkl.sigsigsigsig; pathshala.instructor=v1.1.mac',
      cookieValue: 's:abcdefghijkl.sigsigsigsig',
      sessionCookie: { prefix: 's:', sid: 'abcdefghijkl', signature: 'sigsigsigsig', valid: false, reason: 'unknown-sid' },
      insideCookiePath: true,
      entry: null,
      store: { kind: 'memory', length: 7, limits: { maxEntries: 10_000, evicted: 0 } },
    };
    expect(inspectView('pathshala.sid', inspection, [])).toEqual({
      cookieHeader: 'pathshala.sid=s:abcdef….sigsig…',
      sessionCookie: {
        name: 'pathshala.sid',
        value: 's:abcdef….sigsig…',
        prefix: 's:',
        sid: 'abcdef…',
        signature: 'sigsig…',
        valid: false,
        reason: 'unknown-sid',
      },
      entry: null,
      entryReason: 'unknown-sid',
      store: { kind: 'memory', size: 7, maxEntries: 10_000, evicted: 0, full: false },
      events: [],
    });
  });
});
