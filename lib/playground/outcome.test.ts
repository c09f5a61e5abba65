import { describe, expect, it } from 'vitest';
import type { DecodedSessionCookie } from '@/lib/session';
import { describeOutcome, incomingOf, isRejectedSameSiteNone, type PlaygroundFacts } from './outcome';
import { DEFAULT_PLAYGROUND_OPTIONS } from './options';

const decoded = (reason: DecodedSessionCookie['reason'], valid = false): DecodedSessionCookie => ({
  prefix: 's:',
  sid: 'x',
  signature: 'y',
  valid,
  reason,
});

describe('incomingOf', () => {
  it.each([
    ['no-cookie', false, 'none'],
    ['bad-signature', false, 'none'],
    ['unknown-sid', false, 'stale'],
    ['expired', false, 'stale'],
    [null, true, 'existing'],
  ] as const)('should read a cookie with reason %s as %s', (reason, valid, incoming) => {
    expect(incomingOf(decoded(reason, valid))).toBe(incoming);
  });
});

describe('isRejectedSameSiteNone', () => {
  it('should flag SameSite=None without Secure only', () => {
    expect(isRejectedSameSiteNone('a=b; Path=/; SameSite=None')).toBe(true);
    expect(isRejectedSameSiteNone('a=b; Path=/; Secure; SameSite=None')).toBe(false);
    expect(isRejectedSameSiteNone('a=b; Path=/; SameSite=Lax')).toBe(false);
    expect(isRejectedSameSiteNone(null)).toBe(false);
  });
});

describe('describeOutcome', () => {
  const facts: PlaygroundFacts = {
    kind: 'read',
    options: DEFAULT_PLAYGROUND_OPTIONS,
    https: false,
    cookie: { originalMaxAge: 60_000, hasExpiry: true, secure: false, httpOnly: true, sameSite: 'lax' },
    sessionData: { counter: 1 },
    trace: { cookie: decoded(null, true), storeOperations: [], setCookie: null, noSetCookieReason: 'not-modified' },
  };
  const op = (name: 'get' | 'touch') => ({ op: name, sid: 'x', beforeJson: null, before: null, after: null, durationMs: 0 });

  it('should report agreement with express-session without a note', () => {
    const result = describeOutcome({ ...facts, trace: { ...facts.trace, storeOperations: [op('get'), op('touch')] } }, 'en');
    expect(result).toMatchObject({ incoming: 'existing', storeOperations: [{ op: 'get' }, { op: 'touch' }], differs: false, notes: [] });
    expect(result).not.toHaveProperty('note');
    expect(result.expressSession).toEqual({ setCookie: false, storeOps: ['get', 'touch'], headersBeforeStoreWrite: true });
  });

  it('should flag and explain an outcome that differs from express-session', () => {
    const result = describeOutcome({ ...facts, trace: { ...facts.trace, storeOperations: [op('get')] } }, 'en');
    expect(result.differs).toBe(true);
    expect(result.notes).toEqual(['differs']);
    expect(result.note).toBe('express-session would do something else here; see the deliberate differences below.');
  });

  it('should keep only the op names of the trace (no session data or IDs leave through them)', () => {
    const result = describeOutcome({ ...facts, trace: { ...facts.trace, storeOperations: [op('get'), op('touch')] } }, 'en');
    expect(JSON.stringify(result.storeOperations)).toBe('[{"op":"get"},{"op":"touch"}]');
  });
});
