import { afterEach, describe, expect, it } from 'vitest';
import { clearActivity, listActivity, recordVisit } from './activity-operations';
import { addToCart } from './cart-operations';
import { isEstablishedSession } from '../site/session-facts';
import { BrowserHarness } from '../site/testing/session-harness';

let browser: BrowserHarness;

afterEach(async () => {
  await browser?.close();
});

const visit = (harness: BrowserHarness, input: unknown) =>
  harness.request((session, request) =>
    recordVisit(session, input, { established: isEstablishedSession(session, request.headers, harness.engine), now: new Date(0) }),
  );

describe('recordVisit', () => {
  it('should never create a session for a visitor without one', async () => {
    browser = new BrowserHarness();
    const { value, setCookie } = await visit(browser, { path: '/en/learn/what-is-a-session' });
    expect(value).toEqual({ ok: true, value: { recorded: false } });
    expect(setCookie).toBeNull();
    expect(await browser.store.length()).toBe(0);
  });

  it('should record visits in a session the browser already has, newest first', async () => {
    browser = new BrowserHarness();
    await browser.request((session) => addToCart(session.data, { productId: 'chai', qty: 1 }, 'en'));
    await visit(browser, { path: '/en/learn' });
    expect((await visit(browser, { path: '/hi-latn/lab/cart', title: 'Cart' })).value).toEqual({ ok: true, value: { recorded: true } });
    const { value } = await browser.request((session) => listActivity(session));
    expect(value).toEqual([
      { path: '/hi-latn/lab/cart', title: 'Cart', at: '1970-01-01T00:00:00.000Z' },
      { path: '/en/learn', at: '1970-01-01T00:00:00.000Z' },
    ]);
  });

  it('should refuse paths outside the site, with or without a session', async () => {
    browser = new BrowserHarness();
    expect((await visit(browser, { path: 'https://evil.example/' })).value).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect((await visit(browser, { title: 'no path' })).value).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});

describe('clearActivity', () => {
  it('should forget every visit and create nothing when there were none', async () => {
    browser = new BrowserHarness();
    expect((await browser.request((session) => clearActivity(session))).setCookie).toBeNull();
    await browser.request((session) => addToCart(session.data, { productId: 'chai', qty: 1 }, 'en'));
    await visit(browser, { path: '/en' });
    await browser.request((session) => clearActivity(session));
    expect(await browser.storedEntry()).not.toHaveProperty('activity');
  });
});
