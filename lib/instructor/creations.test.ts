import { describe, expect, it, vi } from 'vitest';
import type { SessionTraceEvent, StoredSession } from '@/lib/session';
import { CreationLog, createdSessions, MAX_RECORDED } from './creations';

const minute = 60_000;
const now = Date.parse('2026-11-27T10:14:30.000Z');

const entry = (createdAt: number): StoredSession => ({ cookie: { originalMaxAge: null, expires: null }, __meta: { createdAt } });

function event(
  time: number,
  operations: { op: 'get' | 'set' | 'touch' | 'destroy'; sid: string; before: StoredSession | null; after: StoredSession | null }[],
): SessionTraceEvent {
  return {
    time: new Date(time).toISOString(),
    method: 'POST',
    path: '/api/demo/cart',
    cookieHeader: null,
    cookieValue: null,
    cookie: { prefix: null, sid: null, signature: null, valid: false, reason: 'no-cookie' },
    signature: 'absent',
    storeOperations: operations.map((operation) => ({
      ...operation,
      beforeJson: operation.before === null ? null : JSON.stringify(operation.before),
      durationMs: 0,
    })),
    sidBefore: null,
    sidAfter: null,
    storeAction: 'set',
    setCookie: null,
    noSetCookieReason: null,
    error: null,
    durationMs: 1,
    status: 200,
    responseSetCookie: null,
  };
}

describe('createdSessions', () => {
  it('should count a first write of a session made during the request', () => {
    expect(createdSessions(event(now, [{ op: 'set', sid: 'new', before: null, after: entry(now + 2) }]))).toEqual([
      { sid: 'new', createdAt: now + 2 },
    ]);
  });

  it('should not count a login regenerating an older session under a new ID', () => {
    const regenerated = event(now, [
      { op: 'destroy', sid: 'old', before: entry(now - minute), after: null },
      { op: 'set', sid: 'renamed', before: null, after: entry(now - minute) },
    ]);
    expect(createdSessions(regenerated)).toEqual([]);
  });

  it('should not count updates of an existing entry', () => {
    expect(createdSessions(event(now, [{ op: 'set', sid: 'a', before: entry(now), after: entry(now) }]))).toEqual([]);
  });
});

describe('CreationLog', () => {
  it('should count creations per minute over the last 15 minutes, oldest first', () => {
    const log = new CreationLog(now - 20 * minute);
    log.record('a', now);
    log.record('b', now - 10_000);
    log.record('c', now - 2 * minute);
    log.record('too-old', now - 16 * minute);
    const buckets = log.perMinute(now);
    expect(buckets).toHaveLength(15);
    expect(buckets.at(-1)).toBe(2);
    expect(buckets.at(-3)).toBe(1);
    expect(buckets.reduce((sum, n) => sum + n, 0)).toBe(3);
  });

  it('should count a session once even when recorded twice', () => {
    const log = new CreationLog(now - minute);
    log.record('a', now);
    log.record('a', now);
    expect(log.perMinute(now).at(-1)).toBe(1);
  });

  it('should add live sessions created before recording began, and only those', () => {
    const log = new CreationLog(now - 30_000);
    log.record('recorded', now - 10_000);
    const live = [entry(now - 5 * minute), entry(now - 10_000), { cookie: { originalMaxAge: null, expires: null } }];
    const buckets = log.perMinute(now, live);
    expect(buckets.at(-6)).toBe(1);
    expect(buckets.at(-1)).toBe(1);
  });

  it('should forget everything on clear and drop entries older than the window', () => {
    const log = new CreationLog(now);
    log.record('a', now);
    log.record('old', now - 30 * minute);
    log.perMinute(now);
    expect(log.size).toBe(1);
    log.clear();
    expect(log.perMinute(now).every((n) => n === 0)).toBe(true);
  });
});

describe('CreationLog memory', () => {
  it('should forget creations older than the window as new ones arrive, without the dashboard asking', () => {
    const start = Date.parse('2026-12-03T10:00:00Z');
    const log = new CreationLog(start);
    for (let minute = 0; minute < 60; minute++) {
      for (let i = 0; i < 100; i++) log.record(`m${minute}-${i}`, start + minute * 60_000 + i);
    }
    // 15 minutes charted plus one of margin: at most 17 minutes' worth is kept, not 60.
    expect(log.size).toBeLessThanOrEqual(17 * 100);
    expect(log.size).toBeGreaterThanOrEqual(15 * 100);
  });

  it('should hold at most MAX_RECORDED creations under a flood inside the window', () => {
    const start = Date.parse('2026-12-03T10:00:00Z');
    const log = new CreationLog(start);
    for (let i = 0; i < MAX_RECORDED + 5_000; i++) log.record(`flood-${i}`, start + Math.floor(i / 100));
    expect(log.size).toBe(MAX_RECORDED);
  });
});

describe('createdSessions on a busy clock', () => {
  it('should count a new session even when the clock ticks between the request’s start and the session’s creation', async () => {
    const { setupEngine, exchange } = await import('@/lib/session/testing/engine-setup');
    const { engine } = setupEngine();
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    // Every reading of the clock is a millisecond later than the one before, as on a loaded machine.
    let tick = Date.parse('2026-12-03T10:00:00Z');
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => tick++);
    try {
      await exchange(engine, {}, (session) => {
        session.data.cart = [{ productId: 'chai', qty: 1 }];
      });
    } finally {
      clock.mockRestore();
    }
    expect(events).toHaveLength(1);
    expect(createdSessions(events[0]!)).toHaveLength(1);
  });
});
