import { describe, expect, it } from 'vitest';
import { parseInput } from '@/lib/http/request-guards';
import { activityInputSchema, cartAddInputSchema, loginInputSchema, quantitySchema, sitePathSchema } from './schemas';

describe('quantitySchema', () => {
  it('should accept whole numbers from 1 to 99', () => {
    for (const qty of [1, 2, 50, 99]) expect(quantitySchema.safeParse(qty).success).toBe(true);
  });

  it('should refuse zero, negatives, fractions, huge numbers, strings and non-finite values', () => {
    for (const qty of [0, -1, 1.5, 100, 1e9, '2', null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(quantitySchema.safeParse(qty).success).toBe(false);
    }
  });
});

describe('cartAddInputSchema', () => {
  it('should take a product ID and a quantity and drop other fields', () => {
    expect(cartAddInputSchema.parse({ productId: 'chai', qty: 2, price: 0 })).toEqual({ productId: 'chai', qty: 2 });
  });

  it('should refuse a missing, empty or over-long product ID', () => {
    expect(cartAddInputSchema.safeParse({ qty: 1 }).success).toBe(false);
    expect(cartAddInputSchema.safeParse({ productId: '', qty: 1 }).success).toBe(false);
    expect(cartAddInputSchema.safeParse({ productId: 'x'.repeat(41), qty: 1 }).success).toBe(false);
  });
});

describe('loginInputSchema', () => {
  it('should trim the username and keep the password as typed', () => {
    expect(loginInputSchema.parse({ username: ' riya ', password: ' pw ' })).toEqual({ username: 'riya', password: ' pw ' });
  });

  it('should refuse empty or non-string credentials', () => {
    expect(loginInputSchema.safeParse({ username: ' ', password: 'x' }).success).toBe(false);
    expect(loginInputSchema.safeParse({ username: 'riya', password: '' }).success).toBe(false);
    expect(loginInputSchema.safeParse({ username: 'riya', password: 1234 }).success).toBe(false);
    expect(loginInputSchema.safeParse(['riya', 'chai-1234']).success).toBe(false);
  });
});

describe('sitePathSchema', () => {
  it('should accept pages of this site in every locale', () => {
    for (const path of ['/hi-latn', '/en/', '/en/learn/what-is-a-session', '/hi-latn/lab/cart', '/hi', '/hi/learn/cookies-101']) {
      expect(sitePathSchema.safeParse(path).success).toBe(true);
    }
  });

  it('should refuse other sites, other prefixes, queries, script URLs and paths over 200 characters', () => {
    for (const path of [
      'https://evil.example/en',
      '//evil.example/en',
      '/fr/learn',
      '/english',
      '/hindi/learn',
      '/hi-deva',
      '/en/learn?x=1',
      '/en/<script>',
      'javascript:alert(1)',
      '/en//x',
      `/en/${'a'.repeat(197)}`,
    ]) {
      expect(sitePathSchema.safeParse(path).success).toBe(false);
    }
    expect(sitePathSchema.safeParse(`/en/${'a'.repeat(196)}`).success).toBe(true);
  });
});

describe('activityInputSchema', () => {
  it('should take an optional trimmed title of at most 200 characters', () => {
    expect(activityInputSchema.parse({ path: '/en', title: ' Home ' })).toEqual({ path: '/en', title: 'Home' });
    expect(activityInputSchema.parse({ path: '/en' })).toEqual({ path: '/en' });
    expect(activityInputSchema.safeParse({ path: '/en', title: 'x'.repeat(201) }).success).toBe(false);
  });
});

describe('parseInput', () => {
  it('should name the failing fields without echoing their values', () => {
    const result = parseInput(cartAddInputSchema, { productId: '<img src=x>', qty: '<b>' });
    expect(result).toEqual({ ok: false, error: { code: 'bad_request', params: { fields: ['qty'] } } });
  });

  it("should call a body that is not an object 'body'", () => {
    expect(parseInput(cartAddInputSchema, 'chai')).toEqual({ ok: false, error: { code: 'bad_request', params: { fields: ['body'] } } });
  });
});
