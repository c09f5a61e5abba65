import { afterEach, describe, expect, it } from 'vitest';
import { addToCart } from '../shop/cart-operations';
import { isEstablishedSession, signedCookieSid } from './session-facts';
import { BrowserHarness } from './testing/session-harness';

let browser: BrowserHarness;

afterEach(async () => {
  await browser?.close();
});

describe('isEstablishedSession', () => {
  it('should be false without a cookie, true once the session is stored, false after it is gone', async () => {
    browser = new BrowserHarness();
    const established = () => browser.request((session, request) => isEstablishedSession(session, request.headers, browser.engine));
    expect((await established()).value).toBe(false);
    await browser.request((session) => addToCart(session.data, { productId: 'chai', qty: 1 }, 'en'));
    expect((await established()).value).toBe(true);
    await browser.store.clear();
    expect((await established()).value).toBe(false);
  });

  it('should be false for a cookie with a forged signature', async () => {
    browser = new BrowserHarness();
    await browser.request((session) => addToCart(session.data, { productId: 'chai', qty: 1 }, 'en'));
    browser.cookie = browser.cookie!.replace(/\.[A-Za-z0-9%]/, '.Z');
    const { value } = await browser.request((session, request) => isEstablishedSession(session, request.headers, browser.engine));
    expect(value).toBe(false);
  });
});

describe('signedCookieSid', () => {
  it('should read the sid of a correctly signed cookie only', async () => {
    browser = new BrowserHarness();
    await browser.request((session) => addToCart(session.data, { productId: 'chai', qty: 1 }, 'en'));
    const sid = (await browser.request((session) => session.id)).value;
    expect(signedCookieSid(new Headers({ cookie: browser.cookie! }), browser.engine)).toBe(sid);
    expect(signedCookieSid(new Headers({ cookie: `pathshala.sid=s%3A${sid}.forged` }), browser.engine)).toBeNull();
    expect(signedCookieSid(new Headers(), browser.engine)).toBeNull();
  });
});
