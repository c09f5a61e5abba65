import { describe, expect, it } from 'vitest';
import { GLOBAL_FAILURES_PER_MINUTE, TokenAttemptLimits } from './token-limits';

function limits() {
  let now = 1_000_000;
  const tokenLimits = new TokenAttemptLimits(() => now);
  return { tokenLimits, advance: (ms: number) => (now += ms) };
}

describe('TokenAttemptLimits', () => {
  it('should refuse a sixth guess from one address within a minute', () => {
    const { tokenLimits } = limits();
    for (let i = 0; i < 5; i++) tokenLimits.recordFailure('192.0.2.1', false);
    expect(tokenLimits.check('192.0.2.1', false)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(tokenLimits.check('192.0.2.2', false)).toEqual({ allowed: true });
  });

  it('should refuse everyone once all addresses together made the global number of wrong guesses', () => {
    const { tokenLimits, advance } = limits();
    for (let i = 0; i < GLOBAL_FAILURES_PER_MINUTE; i++) tokenLimits.recordFailure(`192.0.2.${i}`, false);
    expect(tokenLimits.check('198.51.100.7', false)).toMatchObject({ allowed: false });
    advance(60_001);
    expect(tokenLimits.check('198.51.100.7', false)).toEqual({ allowed: true });
  });

  it('should never let strangers lock the server’s own machine out', () => {
    const { tokenLimits } = limits();
    for (let i = 0; i < GLOBAL_FAILURES_PER_MINUTE * 3; i++) tokenLimits.recordFailure(`192.0.2.${i}`, false);
    expect(tokenLimits.check('127.0.0.1', true)).toEqual({ allowed: true });
  });

  it('should not count the machine’s own typos against everyone else', () => {
    const { tokenLimits } = limits();
    for (let i = 0; i < 4; i++) tokenLimits.recordFailure('127.0.0.1', true);
    for (let i = 0; i < GLOBAL_FAILURES_PER_MINUTE - 1; i++) tokenLimits.recordFailure(`192.0.2.${i}`, false);
    expect(tokenLimits.check('198.51.100.7', false)).toEqual({ allowed: true });
  });

  it('should forget an address’s failures after the right token', () => {
    const { tokenLimits } = limits();
    for (let i = 0; i < 5; i++) tokenLimits.recordFailure('192.0.2.1', false);
    tokenLimits.reset('192.0.2.1');
    expect(tokenLimits.check('192.0.2.1', false)).toEqual({ allowed: true });
  });
});
