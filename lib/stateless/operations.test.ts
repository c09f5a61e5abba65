import { describe, expect, it } from 'vitest';
import { FailureLimiter } from '@/lib/shop/rate-limit';
import { HISTORY_KEY, readHistory, statelessAddToCart, statelessClearCart, statelessLogin, statelessUser } from './operations';

const limiter = () => new FailureLimiter({ limit: 5, windowMs: 60_000, maxKeys: 100 });

describe('statelessLogin', () => {
  it('should put the user into the data on the right password', () => {
    const data = {};
    expect(statelessLogin(data, { username: 'riya', password: 'chai-1234' }, '10.0.0.1', limiter())).toEqual({
      ok: true,
      value: { user: { username: 'riya', displayName: 'Riya' } },
    });
    expect(statelessUser(data)).toEqual({ username: 'riya', displayName: 'Riya' });
  });

  it('should refuse a wrong password and change nothing', () => {
    const data = { cart: [{ productId: 'chai', qty: 1 }] };
    expect(statelessLogin(data, { username: 'riya', password: 'nope' }, '10.0.0.1', limiter())).toEqual({
      ok: false,
      error: { code: 'invalid_credentials' },
    });
    expect(data).toEqual({ cart: [{ productId: 'chai', qty: 1 }] });
  });

  it('should refuse the sixth attempt from one address within a minute', () => {
    const shared = limiter();
    for (let i = 0; i < 5; i++) statelessLogin({}, { username: 'riya', password: 'nope' }, '10.0.0.2', shared);
    expect(statelessLogin({}, { username: 'riya', password: 'chai-1234' }, '10.0.0.2', shared)).toMatchObject({
      ok: false,
      error: { code: 'too_many_attempts' },
    });
  });

  it('should refuse a bad body with the field names', () => {
    expect(statelessLogin({}, { username: 'riya' }, '10.0.0.1', limiter())).toEqual({
      ok: false,
      error: { code: 'bad_request', params: { fields: ['password'] } },
    });
  });
});

describe('statelessUser', () => {
  it('should ignore a user that is not a demo account', () => {
    expect(statelessUser({ user: { username: 'mallory' } })).toBeNull();
    expect(statelessUser({ user: 'riya' })).toBeNull();
  });
});

describe('statelessAddToCart', () => {
  it('should add with the stateful cart rules and log every add', () => {
    const data = {};
    statelessAddToCart(data, { productId: 'chai', qty: 2 }, 'en', 1);
    const result = statelessAddToCart(data, { productId: 'chai', qty: 1 }, 'en', 2);
    expect(result).toEqual({
      ok: true,
      value: { items: [{ productId: 'chai', name: 'Masala chai', qty: 3, unitPricePaise: 2000 }], totalPaise: 6000 },
    });
    expect(readHistory(data)).toEqual([
      { productId: 'chai', qty: 2, at: 1 },
      { productId: 'chai', qty: 1, at: 2 },
    ]);
  });

  it.each([
    [{ productId: 'pizza', qty: 1 }, 'unknown_product'],
    [{ productId: 'chai', qty: 0 }, 'bad_request'],
    [{ productId: 'chai', qty: 1.5 }, 'bad_request'],
    ['chai', 'bad_request'],
  ])('should refuse %j with %s and change nothing', (input, code) => {
    const data = { cart: [{ productId: 'chai', qty: 1 }] };
    expect(statelessAddToCart(data, input, 'en')).toMatchObject({ ok: false, error: { code } });
    expect(data).toEqual({ cart: [{ productId: 'chai', qty: 1 }] });
  });

  it('should refuse going past 99 of one item', () => {
    const data = { cart: [{ productId: 'chai', qty: 99 }] };
    expect(statelessAddToCart(data, { productId: 'chai', qty: 1 }, 'en')).toEqual({ ok: false, error: { code: 'quantity_limit' } });
    expect(data[HISTORY_KEY as keyof typeof data]).toBeUndefined();
  });
});

describe('statelessClearCart', () => {
  it('should drop the cart and its log but keep the user', () => {
    const data: Record<string, unknown> = {
      user: { username: 'riya' },
      cart: [{ productId: 'chai', qty: 1 }],
      history: [{ productId: 'chai', qty: 1, at: 1 }],
    };
    expect(statelessClearCart(data, 'en')).toEqual({ items: [], totalPaise: 0 });
    expect(data).toEqual({ user: { username: 'riya' } });
  });
});
