import { afterEach, describe, expect, it } from 'vitest';
import { addToCart, clearCart, getCart, removeFromCart, setCartQuantity } from './cart-operations';
import { BrowserHarness } from '../site/testing/session-harness';

let browser: BrowserHarness;

afterEach(async () => {
  await browser?.close();
});

async function withChai(qty: number): Promise<BrowserHarness> {
  const harness = new BrowserHarness();
  await harness.request((session) => addToCart(session.data, { productId: 'chai', qty }, 'en'));
  return harness;
}

describe('getCart', () => {
  it('should show an empty cart without creating a session', async () => {
    browser = new BrowserHarness();
    const { value, setCookie } = await browser.request((session) => getCart(session.data, 'hi-latn'));
    expect(value).toEqual({ items: [], totalPaise: 0 });
    expect(setCookie).toBeNull();
    expect(await browser.store.length()).toBe(0);
  });
});

describe('addToCart', () => {
  it('should add to the cart, creating the session and its cookie', async () => {
    browser = new BrowserHarness();
    const { value, setCookie } = await browser.request((session) => addToCart(session.data, { productId: 'jalebi', qty: 3 }, 'en'));
    expect(value).toEqual({
      ok: true,
      value: { items: [{ productId: 'jalebi', name: 'Hot jalebi', qty: 3, unitPricePaise: 4000 }], totalPaise: 12_000 },
    });
    expect(setCookie).toMatch(/^pathshala\.sid=s%3A/);
    expect(await browser.storedEntry()).toMatchObject({ cart: [{ productId: 'jalebi', qty: 3 }] });
  });

  it('should refuse an unknown product, a bad quantity and a line past 99, changing nothing', async () => {
    browser = await withChai(95);
    const before = await browser.storedEntry();
    for (const [input, code] of [
      [{ productId: 'dosa', qty: 1 }, 'unknown_product'],
      [{ productId: 'chai', qty: 0 }, 'bad_request'],
      [{ productId: 'chai', qty: -3 }, 'bad_request'],
      [{ productId: 'chai', qty: 2.5 }, 'bad_request'],
      [{ productId: 'chai', qty: 5 }, 'quantity_limit'],
      [null, 'bad_request'],
    ] as const) {
      const { value } = await browser.request((session) => addToCart(session.data, input, 'en'));
      expect(value).toMatchObject({ ok: false, error: { code } });
    }
    expect(((await browser.storedEntry()) as { cart: unknown }).cart).toEqual((before as { cart: unknown }).cart);
  });
});

describe('setCartQuantity', () => {
  it('should set the exact quantity of a line in the cart', async () => {
    browser = await withChai(5);
    const { value } = await browser.request((session) => setCartQuantity(session.data, 'chai', { qty: 2 }, 'en'));
    expect(value).toMatchObject({ ok: true, value: { items: [{ productId: 'chai', qty: 2 }], totalPaise: 4000 } });
  });

  it('should refuse an unknown product, one not in the cart, and a quantity outside 1–99', async () => {
    browser = await withChai(5);
    const cases = [
      ['dosa', { qty: 1 }, 'unknown_product'],
      ['lassi', { qty: 1 }, 'not_in_cart'],
      ['chai', { qty: 100 }, 'bad_request'],
      ['chai', { qty: 0 }, 'bad_request'],
      ['chai', {}, 'bad_request'],
    ] as const;
    for (const [productId, input, code] of cases) {
      const { value } = await browser.request((session) => setCartQuantity(session.data, productId, input, 'en'));
      expect(value).toMatchObject({ ok: false, error: { code } });
    }
  });
});

describe('removeFromCart and clearCart', () => {
  it('should remove one line, accept removing what is not there, and empty the cart', async () => {
    browser = await withChai(1);
    await browser.request((session) => addToCart(session.data, { productId: 'lassi', qty: 1 }, 'en'));
    expect((await browser.request((session) => removeFromCart(session.data, 'chai', 'en'))).value).toMatchObject({
      ok: true,
      value: { items: [{ productId: 'lassi' }] },
    });
    expect((await browser.request((session) => removeFromCart(session.data, 'chai', 'en'))).value).toMatchObject({ ok: true });
    expect((await browser.request((session) => removeFromCart(session.data, 'dosa', 'en'))).value).toMatchObject({
      ok: false,
      error: { code: 'unknown_product' },
    });
    expect((await browser.request((session) => clearCart(session.data, 'en'))).value).toEqual({ items: [], totalPaise: 0 });
    expect(await browser.storedEntry()).not.toHaveProperty('cart');
  });

  it('should not create a session for a visitor who has none', async () => {
    browser = new BrowserHarness();
    const removed = await browser.request((session) => removeFromCart(session.data, 'chai', 'en'));
    const cleared = await browser.request((session) => clearCart(session.data, 'en'));
    expect([removed.setCookie, cleared.setCookie]).toEqual([null, null]);
    expect(await browser.store.length()).toBe(0);
  });
});
