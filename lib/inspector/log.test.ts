import { describe, expect, it } from 'vitest';
import type { DecodedSessionCookie, SessionTraceEvent } from '@/lib/session';
import { browserKey, InspectLog, rawKey } from './log';

const signed = (sid: string): DecodedSessionCookie => ({ prefix: 's:', sid, signature: 'sig', valid: true, reason: null });
const forged = (sid: string): DecodedSessionCookie => ({ prefix: 's:', sid, signature: 'bad', valid: false, reason: 'bad-signature' });
const none: DecodedSessionCookie = { prefix: null, sid: null, signature: null, valid: false, reason: 'no-cookie' };

/** A trace event: the browser sent `cookieIn` (a sid, a forged value, or nothing) and got `sidOut` set, or nothing. */
function event(
  path: string,
  cookieIn: { sid: string } | { forged: string } | null,
  sidOut: string | null,
  sidBefore = 'x',
): SessionTraceEvent {
  const cookie = cookieIn === null ? none : 'sid' in cookieIn ? signed(cookieIn.sid) : forged(cookieIn.forged);
  const cookieValue = cookieIn === null ? null : 'sid' in cookieIn ? `s:${cookieIn.sid}.sig` : `s:${cookieIn.forged}.bad`;
  return {
    time: new Date(0).toISOString(),
    method: 'GET',
    path,
    cookieHeader: cookieValue === null ? null : `pathshala.sid=${cookieValue}`,
    cookieValue,
    cookie,
    signature: cookieValue === null ? 'absent' : 'valid',
    storeOperations: [],
    sidBefore,
    sidAfter: sidOut ?? sidBefore,
    storeAction: 'none',
    setCookie: sidOut === null ? null : `pathshala.sid=s%3A${sidOut}.sig; Path=/`,
    noSetCookieReason: sidOut === null ? 'not-modified' : null,
    error: null,
    durationMs: 1,
    status: 200,
    responseSetCookie: sidOut === null ? null : `pathshala.sid=s%3A${sidOut}.sig; Path=/`,
  };
}

const paths = (entries: { event: SessionTraceEvent }[]) => entries.map((entry) => entry.event.path);

describe('browserKey', () => {
  it('should key a signed cookie by its sid and anything else by a digest of its value', () => {
    expect(browserKey('s:a.sig', signed('a'))).toBe('sid:a');
    expect(browserKey('s:a.bad', forged('a'))).toBe(rawKey('s:a.bad'));
    expect(browserKey('plain', { prefix: null, sid: null, signature: null, valid: false, reason: 'bad-signature' })).toBe(rawKey('plain'));
    expect(browserKey(null, none)).toBeNull();
  });

  it('should keep 43 characters of a 15 KB junk value, never the value', () => {
    const junk = 'x'.repeat(15_000);
    expect(rawKey(junk)).toMatch(/^raw:[A-Za-z0-9_-]{43}$/);
    expect(rawKey(junk)).not.toBe(rawKey(`${junk}y`));
  });

  it('should keep the sid key when the store no longer knows the sid, so "expire now" stays visible', () => {
    expect(browserKey('s:a.sig', { ...signed('a'), valid: false, reason: 'unknown-sid' })).toBe('sid:a');
  });
});

describe('InspectLog', () => {
  it("should keep each browser's entries exactly as the ring does: the oldest fall off, whoever they belong to", () => {
    const log = new InspectLog({ capacity: 3 });
    log.record(event('/a1', { sid: 'a' }, null));
    log.record(event('/b1', { sid: 'b' }, null));
    log.record(event('/a2', { sid: 'a' }, null));
    log.record(event('/b2', { sid: 'b' }, null));
    log.record(event('/a3', { sid: 'a' }, null));
    expect(paths(log.entriesFor('sid:a'))).toEqual(['/a3', '/a2']);
    expect(paths(log.entriesFor('sid:b'))).toEqual(['/b2']);
    for (let index = 0; index < 3; index++) log.record(event(`/c${index}`, { sid: 'c' }, null));
    expect(log.entriesFor('sid:a')).toEqual([]);
    expect(log.entriesFor('sid:b')).toEqual([]);
    expect(paths(log.entriesFor('sid:c', 2))).toEqual(['/c2', '/c1']);
  });

  it("should find one browser's few entries among a thousand others, newest first across its lineage", () => {
    const log = new InspectLog();
    log.record(event('/before-login', { sid: 'old' }, null));
    for (let index = 0; index < 1_000; index++) log.record(event(`/other${index}`, { sid: `s${index}` }, null));
    log.record(event('/login', { sid: 'old' }, 'new'));
    log.record(event('/cart', { sid: 'new' }, null));
    expect(paths(log.entriesFor('sid:new'))).toEqual(['/cart', '/login', '/before-login']);
  });

  describe('one browser', () => {
    it('should return its events newest first, at most the limit', () => {
      const log = new InspectLog();
      log.record(event('/new', null, 'a'));
      for (let i = 0; i < 30; i++) log.record(event(`/r${i}`, { sid: 'a' }, null));
      const entries = log.entriesFor('sid:a', 20);
      expect(entries).toHaveLength(20);
      expect(paths(entries).slice(0, 2)).toEqual(['/r29', '/r28']);
    });

    it('should not keep requests that left the browser without a cookie', () => {
      const log = new InspectLog({ capacity: 3 });
      expect(log.record(event('/anon', null, null))).toBeNull();
      expect(log.entriesFor(null)).toEqual([]);
    });

    it('should follow the browser from its old sid to the new one after regenerate', () => {
      const log = new InspectLog();
      log.record(event('/cart', null, 'old'));
      log.record(event('/login', { sid: 'old' }, 'new', 'old'));
      log.record(event('/me', { sid: 'new' }, null));
      expect(paths(log.entriesFor('sid:new'))).toEqual(['/me', '/login', '/cart']);
    });

    it('should not show what happened under the new sid to whoever still holds the old one', () => {
      const log = new InspectLog();
      log.record(event('/planted', null, 'planted'));
      log.record(event('/login', { sid: 'planted' }, 'fresh', 'planted'));
      log.record(event('/cart', { sid: 'fresh' }, null));
      expect(paths(log.entriesFor('sid:planted'))).toEqual(['/planted']);
    });

    it('should file a forged cookie under its raw value and link what follows it', () => {
      const log = new InspectLog();
      log.record(event('/a', null, 'a'));
      log.link(rawKey('s:a.bad'), 'sid:a');
      log.record(event('/with-forged', { forged: 'a' }, null));
      log.record(event('/fresh', { forged: 'a' }, 'b', 'b'));
      expect(paths(log.entriesFor(rawKey('s:a.bad')))).toEqual(['/with-forged', '/a']);
      expect(paths(log.entriesFor('sid:b'))).toEqual(['/fresh', '/with-forged', '/a']);
      expect(paths(log.entriesFor('sid:a'))).toEqual(['/a']);
    });
  });

  describe('after a session ends', () => {
    const destroying = (base: SessionTraceEvent, sid: string): SessionTraceEvent => ({
      ...base,
      storeOperations: [{ op: 'destroy', sid, beforeJson: '{"cookie":{}}', before: null, after: null, durationMs: 0 }],
    });

    it('should file the logout under the old sid and nothing its cookie carries afterwards', () => {
      const log = new InspectLog();
      log.record(event('/login', null, 'victim'));
      log.record(destroying(event('/logout', { sid: 'victim' }, null), 'victim'));
      // A stale tab, or an attacker with a copy, sends the dead cookie: nothing is filed for it.
      expect(log.record(event('/cart-after-logout', { sid: 'victim' }, null))).toBeNull();
      expect(paths(log.entriesFor('sid:victim'))).toEqual(['/logout', '/login']);
    });

    it('should close the old sid on regenerate, while the browser follows its new one', () => {
      const log = new InspectLog();
      log.record(event('/cart', null, 'old'));
      log.record(destroying(event('/login', { sid: 'old' }, 'new', 'old'), 'old'));
      expect(log.record(event('/replayed', { sid: 'old' }, null))).toBeNull();
      log.record(event('/me', { sid: 'new' }, null));
      expect(paths(log.entriesFor('sid:old'))).toEqual(['/cart']);
      expect(paths(log.entriesFor('sid:new'))).toEqual(['/me', '/login', '/cart']);
    });
  });

  describe('several browsers', () => {
    it("should never show one browser another's events", () => {
      const log = new InspectLog();
      log.record(event('/riya', null, 'riya'));
      log.record(event('/aman', null, 'aman'));
      log.record(event('/riya-2', { sid: 'riya' }, null));
      log.record(event('/forged-riya', { forged: 'riya' }, null));
      expect(paths(log.entriesFor('sid:riya'))).toEqual(['/riya-2', '/riya']);
      expect(paths(log.entriesFor('sid:aman'))).toEqual(['/aman']);
      expect(paths(log.entriesFor('sid:nobody'))).toEqual([]);
    });
  });

  describe('bounds', () => {
    it('should keep only the newest `capacity` events in all', () => {
      const log = new InspectLog({ capacity: 5 });
      log.record(event('/a0', null, 'a'));
      for (let i = 1; i < 8; i++) log.record(event(`/a${i}`, { sid: 'a' }, null));
      expect(paths(log.entriesFor('sid:a'))).toEqual(['/a7', '/a6', '/a5', '/a4', '/a3']);
    });

    it('should forget the oldest links past maxLinks and reach back at most maxGenerations', () => {
      const log = new InspectLog({ maxLinks: 2, maxGenerations: 10 });
      log.link('sid:b', 'sid:a');
      log.link('sid:c', 'sid:b');
      log.link('sid:d', 'sid:c');
      expect(log.lineage('sid:d')).toEqual(['sid:d', 'sid:c', 'sid:b']);
      const deep = new InspectLog({ maxGenerations: 3 });
      for (let i = 1; i < 10; i++) deep.link(`sid:${i}`, `sid:${i - 1}`);
      expect(deep.lineage('sid:9')).toEqual(['sid:9', 'sid:8', 'sid:7', 'sid:6']);
    });

    it('should stop at a cycle', () => {
      const log = new InspectLog();
      log.link('sid:a', 'sid:b');
      log.link('sid:b', 'sid:a');
      expect(log.lineage('sid:a')).toEqual(['sid:a', 'sid:b']);
    });
  });
});
