import { describe, expect, it } from 'vitest';
import { NEW_SESSIONS_PER_MINUTE, SessionCreationLimiter } from './session-creations';

describe('SessionCreationLimiter', () => {
  it('should refuse an address its next session once it made the minute’s number', () => {
    let now = 0;
    const limiter = new SessionCreationLimiter(() => now);
    for (let i = 0; i < NEW_SESSIONS_PER_MINUTE; i++) limiter.record('192.0.2.9', false);
    expect(limiter.check('192.0.2.9', false)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.check('192.0.2.10', false)).toEqual({ allowed: true });
    now = 60_001;
    expect(limiter.check('192.0.2.9', false)).toEqual({ allowed: true });
  });

  it('should never limit the server’s own machine, nor everyone at once without the front door', () => {
    const limiter = new SessionCreationLimiter(() => 0);
    for (let i = 0; i < NEW_SESSIONS_PER_MINUTE * 2; i++) {
      limiter.record('127.0.0.1', true);
      limiter.record('unknown', false);
    }
    expect(limiter.check('127.0.0.1', true)).toEqual({ allowed: true });
    expect(limiter.check('unknown', false)).toEqual({ allowed: true });
  });
});
