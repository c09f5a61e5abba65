import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './rate-limit';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('FailureLimiter', () => {
  describe('within the limit', () => {
    it('should allow attempts until 5 failures were counted', () => {
      const time = clock();
      const limiter = new FailureLimiter({ now: time.now });
      for (let i = 0; i < 5; i++) {
        expect(limiter.check(['a'])).toEqual({ allowed: true });
        limiter.recordFailure(['a']);
      }
      expect(limiter.check(['a']).allowed).toBe(false);
    });

    it('should count nothing when only checking', () => {
      const limiter = new FailureLimiter({ now: clock().now });
      for (let i = 0; i < 50; i++) limiter.check(['a']);
      expect(limiter.check(['a'])).toEqual({ allowed: true });
      expect(limiter.size).toBe(0);
    });
  });

  describe('after the limit', () => {
    it('should say how many whole seconds remain until the oldest failure ages out', () => {
      const time = clock();
      const limiter = new FailureLimiter({ now: time.now });
      limiter.recordFailure(['a']);
      time.advance(10_000);
      for (let i = 0; i < 4; i++) limiter.recordFailure(['a']);
      expect(limiter.check(['a'])).toEqual({ allowed: false, retryAfterSeconds: 50 });
      time.advance(49_500);
      expect(limiter.check(['a'])).toEqual({ allowed: false, retryAfterSeconds: 1 });
      time.advance(500);
      expect(limiter.check(['a'])).toEqual({ allowed: true });
    });

    it('should slide: one more failure refuses again until the next oldest ages out', () => {
      const time = clock();
      const limiter = new FailureLimiter({ now: time.now });
      for (let i = 0; i < 5; i++) {
        limiter.recordFailure(['a']);
        time.advance(1_000);
      }
      time.advance(55_000);
      expect(limiter.check(['a']).allowed).toBe(true);
      limiter.recordFailure(['a']);
      expect(limiter.check(['a'])).toEqual({ allowed: false, retryAfterSeconds: 1 });
    });
  });

  describe('with several keys', () => {
    it('should refuse when any key is over its limit, and count a failure against every key', () => {
      const limiter = new FailureLimiter({ now: clock().now });
      for (let i = 0; i < 5; i++) limiter.recordFailure([`session:${i}`, 'address:1.2.3.4']);
      expect(limiter.check(['session:new', 'address:1.2.3.4']).allowed).toBe(false);
      expect(limiter.check(['session:new', 'address:5.6.7.8']).allowed).toBe(true);
      expect(limiter.check(['session:0', 'address:5.6.7.8']).allowed).toBe(true);
    });

    it('should count a key given twice once', () => {
      const limiter = new FailureLimiter({ limit: 2, now: clock().now });
      limiter.recordFailure(['a', 'a']);
      expect(limiter.check(['a']).allowed).toBe(true);
    });

    it('should forget the keys it is told to reset', () => {
      const limiter = new FailureLimiter({ limit: 1, now: clock().now });
      limiter.recordFailure(['a', 'b']);
      limiter.reset(['a']);
      expect(limiter.check(['a']).allowed).toBe(true);
      expect(limiter.check(['b']).allowed).toBe(false);
    });
  });

  describe('memory', () => {
    it('should keep at most maxKeys keys, forgetting the least recently failed', () => {
      const limiter = new FailureLimiter({ limit: 1, maxKeys: 3, now: clock().now });
      for (const key of ['a', 'b', 'c']) limiter.recordFailure([key]);
      limiter.recordFailure(['a']);
      limiter.recordFailure(['d']);
      expect(limiter.size).toBe(3);
      expect(limiter.check(['b']).allowed).toBe(true);
      expect(limiter.check(['a']).allowed).toBe(false);
    });

    it('should drop keys whose failures all aged out', () => {
      const time = clock();
      const limiter = new FailureLimiter({ now: time.now });
      limiter.recordFailure(['a']);
      time.advance(60_000);
      limiter.check(['a']);
      expect(limiter.size).toBe(0);
    });

    it('should keep no more than `limit` times per key', () => {
      const time = clock();
      const limiter = new FailureLimiter({ limit: 2, now: time.now });
      for (let i = 0; i < 100; i++) {
        limiter.recordFailure(['a']);
        time.advance(100);
      }
      // Only the last two count: the refusal ends 60 s after the second to last.
      expect(limiter.check(['a'])).toEqual({ allowed: false, retryAfterSeconds: 60 });
    });
  });

  describe('options', () => {
    it('should refuse nonsense settings with a prefixed message', () => {
      expect(() => new FailureLimiter({ limit: 0 })).toThrow(/^rate-limit: limit/);
      expect(() => new FailureLimiter({ windowMs: -1 })).toThrow(/^rate-limit: windowMs/);
      expect(() => new FailureLimiter({ maxKeys: 1.5 })).toThrow(/^rate-limit: maxKeys/);
    });
  });
});
