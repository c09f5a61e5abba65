import { describe, expect, it } from 'vitest';
import {
  decideCommit,
  isInsideCookiePath,
  isModified,
  isPastAbsoluteTimeout,
  isSecureRequest,
  shouldSave,
  shouldSetCookie,
  shouldTouch,
  storeExpiresAt,
  type CommitFacts,
  type SaveFacts,
} from './rules';

/** A known session, loaded with resave off, that the request did not change. */
const loadedUnchanged: SaveFacts = {
  cookieSid: 'sid-1',
  originalSid: 'sid-1',
  sid: 'sid-1',
  originalData: '{"n":1}',
  savedData: '{"n":1}',
  currentData: '{"n":1}',
  saveUninitialized: false,
  rolling: false,
  cookieHasExpiry: true,
};

/** A brand-new session, never saved, that the request did not change. */
const freshUntouched: SaveFacts = {
  cookieSid: null,
  originalSid: 'new',
  sid: 'new',
  originalData: '{}',
  savedData: null,
  currentData: '{}',
  saveUninitialized: false,
  rolling: false,
  cookieHasExpiry: true,
};

function commitFacts(facts: SaveFacts, extra: Partial<CommitFacts> = {}): CommitFacts {
  return { ...facts, destroyed: false, unset: false, unsetDestroys: false, cookieSecure: false, requestSecure: false, ...extra };
}

describe('isModified', () => {
  it('should be false when only the cookie moved (data compared without it)', () => {
    expect(isModified(loadedUnchanged)).toBe(false);
  });

  it('should be true when the data changed', () => {
    expect(isModified({ ...loadedUnchanged, currentData: '{"n":2}' })).toBe(true);
  });

  it('should be true when the ID changed (regenerate)', () => {
    expect(isModified({ ...loadedUnchanged, sid: 'sid-2' })).toBe(true);
  });
});

describe('shouldSave', () => {
  it('should skip an unchanged loaded session when resave is off', () => {
    expect(shouldSave(loadedUnchanged)).toBe(false);
  });

  it('should save an unchanged loaded session when resave is on (saved data unknown)', () => {
    expect(shouldSave({ ...loadedUnchanged, savedData: null })).toBe(true);
  });

  it('should skip a new untouched session with saveUninitialized off', () => {
    expect(shouldSave(freshUntouched)).toBe(false);
  });

  it('should save a new untouched session with saveUninitialized on', () => {
    expect(shouldSave({ ...freshUntouched, saveUninitialized: true })).toBe(true);
  });

  it('should save a new session once data was put in it', () => {
    expect(shouldSave({ ...freshUntouched, currentData: '{"a":1}' })).toBe(true);
  });

  it('should not save twice what an explicit save() already stored', () => {
    expect(shouldSave({ ...freshUntouched, currentData: '{"a":1}', savedData: '{"a":1}' })).toBe(false);
  });
});

describe('shouldTouch', () => {
  it('should touch a known, unchanged session', () => {
    expect(shouldTouch(loadedUnchanged)).toBe(true);
  });

  it('should not touch when the session will be saved instead', () => {
    expect(shouldTouch({ ...loadedUnchanged, currentData: '{"n":2}' })).toBe(false);
  });

  it('should not touch a new session', () => {
    expect(shouldTouch(freshUntouched)).toBe(false);
  });
});

describe('shouldSetCookie', () => {
  it('should not resend the cookie of an unchanged known session', () => {
    expect(shouldSetCookie(loadedUnchanged)).toBe(false);
  });

  it('should resend it on every response when rolling', () => {
    expect(shouldSetCookie({ ...loadedUnchanged, rolling: true })).toBe(true);
  });

  it('should resend it when modified and the cookie has an expiry', () => {
    expect(shouldSetCookie({ ...loadedUnchanged, currentData: '{"n":2}' })).toBe(true);
  });

  it('should not resend a browser-session cookie just because the data changed', () => {
    expect(shouldSetCookie({ ...loadedUnchanged, currentData: '{"n":2}', cookieHasExpiry: false })).toBe(false);
  });

  it('should send a new session only when saveUninitialized or modified', () => {
    expect(shouldSetCookie(freshUntouched)).toBe(false);
    expect(shouldSetCookie({ ...freshUntouched, saveUninitialized: true })).toBe(true);
    expect(shouldSetCookie({ ...freshUntouched, currentData: '{"a":1}' })).toBe(true);
  });
});

describe('decideCommit', () => {
  it('should touch and send nothing for an unchanged known session, saying why', () => {
    expect(decideCommit(commitFacts(loadedUnchanged))).toEqual({ storeAction: 'touch', setCookie: false, noCookieReason: 'not-modified' });
  });

  it('should explain a missing cookie on a new untouched session by saveUninitialized', () => {
    expect(decideCommit(commitFacts(freshUntouched))).toEqual({
      storeAction: 'none',
      setCookie: false,
      noCookieReason: 'save-uninitialized-off',
    });
  });

  it('should save but send no Secure cookie over plain HTTP', () => {
    const facts = commitFacts({ ...freshUntouched, currentData: '{"a":1}' }, { cookieSecure: true, requestSecure: false });
    expect(decideCommit(facts)).toEqual({ storeAction: 'set', setCookie: false, noCookieReason: 'secure-over-http' });
  });

  it('should send a Secure cookie over HTTPS', () => {
    const facts = commitFacts({ ...freshUntouched, currentData: '{"a":1}' }, { cookieSecure: true, requestSecure: true });
    expect(decideCommit(facts)).toEqual({ storeAction: 'set', setCookie: true, noCookieReason: null });
  });

  it('should do nothing more after destroy', () => {
    expect(decideCommit(commitFacts(loadedUnchanged, { destroyed: true }))).toEqual({
      storeAction: 'none',
      setCookie: false,
      noCookieReason: 'destroyed',
    });
  });

  it('should destroy an unset session only when unset is destroy', () => {
    expect(decideCommit(commitFacts(loadedUnchanged, { unset: true, unsetDestroys: true })).storeAction).toBe('destroy');
    expect(decideCommit(commitFacts(loadedUnchanged, { unset: true })).storeAction).toBe('none');
  });
});

describe('isSecureRequest', () => {
  const http = new URL('http://example.com/');

  it('should trust an https URL', () => {
    expect(isSecureRequest(new URL('https://example.com/'), null, false)).toBe(true);
  });

  it('should ignore X-Forwarded-Proto unless the proxy is trusted', () => {
    expect(isSecureRequest(http, 'https', false)).toBe(false);
    expect(isSecureRequest(http, 'https', true)).toBe(true);
  });

  it('should read only the first proto of a list, case-insensitively', () => {
    expect(isSecureRequest(http, ' HTTPS , http', true)).toBe(true);
    expect(isSecureRequest(http, 'http, https', true)).toBe(false);
  });
});

describe('isInsideCookiePath', () => {
  it('should use a prefix test, as express-session does', () => {
    expect(isInsideCookiePath('/admin/users', '/admin')).toBe(true);
    expect(isInsideCookiePath('/', '/admin')).toBe(false);
  });
});

describe('storeExpiresAt', () => {
  const base = { now: 1_000, createdAt: 0, idleTimeoutMs: null, absoluteTimeoutMs: null, ttlWithoutExpiryMs: 86_400_000 };

  it('should follow the cookie expiry', () => {
    expect(storeExpiresAt({ ...base, cookieExpiresAt: 5_000 })).toBe(5_000);
  });

  it('should fall back to the default TTL for a browser-session cookie', () => {
    expect(storeExpiresAt({ ...base, cookieExpiresAt: null })).toBe(86_401_000);
  });

  it('should bring the expiry forward to the idle and absolute timeouts', () => {
    expect(storeExpiresAt({ ...base, cookieExpiresAt: 50_000, idleTimeoutMs: 2_000 })).toBe(3_000);
    expect(storeExpiresAt({ ...base, cookieExpiresAt: 50_000, absoluteTimeoutMs: 1_500 })).toBe(1_500);
  });
});

describe('isPastAbsoluteTimeout', () => {
  it('should be past the timeout once it has run, counted from creation', () => {
    expect(isPastAbsoluteTimeout(10_000, 0, 10_000)).toBe(true);
    expect(isPastAbsoluteTimeout(9_999, 0, 10_000)).toBe(false);
  });

  it('should never be past without a timeout or a known creation time', () => {
    expect(isPastAbsoluteTimeout(10_000, 0, null)).toBe(false);
    expect(isPastAbsoluteTimeout(10_000, null, 1_000)).toBe(false);
  });
});
