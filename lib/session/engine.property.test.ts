import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signSessionId } from './signature';
import { cookieFor, exchange, setupEngine, TEST_SECRET } from './testing/engine-setup';

/** Cookie headers a client could really send: any printable text, odd Unicode included. */
const cookieHeader = fc
  .oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ maxLength: 80 }).map((junk) => `connect.sid=${junk}`),
    fc.string({ maxLength: 80 }).map((junk) => `connect.sid=s%3A${encodeURIComponent(junk)}`),
  )
  .filter((value) => {
    try {
      new Headers({ cookie: value });
      return true;
    } catch {
      return false; // not a header value any HTTP client can send; Headers refuses it before us
    }
  });

describe('session engine with any Cookie header (property)', () => {
  it('should never throw, and treat a cookie it did not sign as no session', async () => {
    const { engine, store } = setupEngine();
    await fc.assert(
      fc.asyncProperty(cookieHeader, async (cookie) => {
        const inspection = await engine.inspect(new Headers({ cookie }));
        expect(inspection.entry).toBeNull();
        const { response, setCookie } = await exchange(engine, { headers: { cookie } });
        expect(response.status).toBe(200);
        expect(setCookie).toBeNull();
      }),
      { numRuns: 500 },
    );
    expect(await store.length()).toBe(0);
  });

  it('should load the stored session only for the exact cookie it signed', async () => {
    const { engine } = setupEngine();
    const first = await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    const sid = first.sid as string;
    const genuine = cookieFor(sid);
    const signed = signSessionId(sid, TEST_SECRET);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), async (position, replacement) => {
        // Changed before URL-encoding: `%3A` and `%3a` are the same cookie, not a tampered one.
        const index = position % signed.length;
        fc.pre(signed[index] !== replacement);
        const tampered = signed.slice(0, index) + replacement + signed.slice(index + 1);
        const inspection = await engine.inspect(new Headers({ cookie: `connect.sid=${encodeURIComponent(tampered)}` }));
        expect(inspection.entry).toBeNull();
      }),
      { numRuns: 500 },
    );
    expect((await engine.inspect(new Headers({ cookie: genuine }))).entry?.user).toBe('riya');
  });
});
