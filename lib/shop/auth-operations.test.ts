import { afterEach, describe, expect, it } from 'vitest';
import { currentUser, loginWith, logoutFrom, USER_KEY } from './auth-operations';
import { addToCart } from './cart-operations';
import { FailureLimiter } from './rate-limit';
import { BrowserHarness } from '../site/testing/session-harness';

const RIYA = { username: 'riya', password: 'chai-1234' };
const WRONG = { username: 'riya', password: 'nope' };
let browser: BrowserHarness;

afterEach(async () => {
  await browser?.close();
});

describe('loginWith', () => {
  describe('with the right password', () => {
    it('should remember the user and give the session a new ID, keeping the cart', async () => {
      browser = new BrowserHarness();
      await browser.request((session) => addToCart(session.data, { productId: 'chai', qty: 2 }, 'en'));
      const before = browser.cookie;
      const { value, setCookie } = await browser.request((session) => loginWith(session, RIYA, '1.2.3.4', new FailureLimiter()));
      expect(value).toEqual({ ok: true, value: { user: { username: 'riya', displayName: 'Riya' } } });
      expect(setCookie).not.toBeNull();
      expect(browser.cookie).not.toBe(before);
      expect(await browser.storedEntry()).toMatchObject({
        cart: [{ productId: 'chai', qty: 2 }],
        [USER_KEY]: { username: 'riya', displayName: 'Riya' },
      });
    });

    it('should delete the old ID from the store (fixation defence)', async () => {
      browser = new BrowserHarness();
      await browser.request((session) => addToCart(session.data, { productId: 'chai', qty: 1 }, 'en'));
      const oldSid = (await browser.request((session) => session.id)).value;
      await browser.request((session) => loginWith(session, RIYA, '1.2.3.4', new FailureLimiter()));
      expect(await browser.store.get(oldSid)).toBeNull();
      expect(await browser.store.length()).toBe(1);
    });
  });

  describe('with bad input', () => {
    it('should refuse a malformed body before counting anything', async () => {
      browser = new BrowserHarness();
      const limiter = new FailureLimiter();
      const { value } = await browser.request((session) => loginWith(session, { username: 'riya' }, '1.2.3.4', limiter));
      expect(value).toEqual({ ok: false, error: { code: 'bad_request', params: { fields: ['password'] } } });
      expect(limiter.size).toBe(0);
    });

    it('should refuse a wrong password without touching the session', async () => {
      browser = new BrowserHarness();
      const { value, setCookie } = await browser.request((session) => loginWith(session, WRONG, '1.2.3.4', new FailureLimiter()));
      expect(value).toEqual({ ok: false, error: { code: 'invalid_credentials' } });
      expect(setCookie).toBeNull();
      expect(await browser.store.length()).toBe(0);
    });
  });

  describe('rate limit', () => {
    it('should refuse the 6th attempt of a session within a minute, even with the right password', async () => {
      browser = new BrowserHarness();
      await browser.request((session) => addToCart(session.data, { productId: 'chai', qty: 1 }, 'en'));
      const limiter = new FailureLimiter({ now: () => 1_000_000 });
      for (let i = 0; i < 5; i++) {
        const { value } = await browser.request((session) => loginWith(session, WRONG, `10.0.0.${i}`, limiter));
        expect(value).toMatchObject({ ok: false, error: { code: 'invalid_credentials' } });
      }
      const { value } = await browser.request((session) => loginWith(session, RIYA, '10.0.0.99', limiter));
      expect(value).toEqual({ ok: false, error: { code: 'too_many_attempts', params: { retryAfterSeconds: 60 } } });
    });

    it('should refuse a client address after 5 failures from any sessions', async () => {
      const limiter = new FailureLimiter();
      for (let i = 0; i < 5; i++) {
        browser = new BrowserHarness();
        await browser.request((session) => loginWith(session, WRONG, '203.0.113.5', limiter));
        await browser.close();
      }
      browser = new BrowserHarness();
      const refused = await browser.request((session) => loginWith(session, RIYA, '203.0.113.5', limiter));
      expect(refused.value).toMatchObject({ ok: false, error: { code: 'too_many_attempts' } });
      const other = await browser.request((session) => loginWith(session, RIYA, '203.0.113.6', limiter));
      expect(other.value).toMatchObject({ ok: true });
    });
  });
});

describe('currentUser', () => {
  it('should be null without a user and for a user that is not a demo account', async () => {
    browser = new BrowserHarness();
    const { value } = await browser.request((session) => {
      const none = currentUser(session.data);
      session.data[USER_KEY] = { username: 'admin', displayName: 'Admin' };
      return [none, currentUser(session.data)];
    });
    expect(value).toEqual([null, null]);
  });
});

describe('logoutFrom', () => {
  it('should destroy the stored session, cart included, and send no cookie', async () => {
    browser = new BrowserHarness();
    await browser.request((session) => addToCart(session.data, { productId: 'chai', qty: 1 }, 'en'));
    await browser.request((session) => loginWith(session, RIYA, '1.2.3.4', new FailureLimiter()));
    const { setCookie } = await browser.request((session) => logoutFrom(session));
    expect(setCookie).toBeNull();
    expect(await browser.store.length()).toBe(0);
  });
});
