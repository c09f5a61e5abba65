import { describe, expect, it } from 'vitest';
import { diffEntries, isEmptyDiff } from './store-diff';

describe('diffEntries', () => {
  it('finds added, changed and removed keys, comparing deeply', () => {
    const before = { cookie: { expires: 'a' }, cart: [{ productId: 'chai', qty: 1 }], user: { username: 'riya' } };
    const after = { cookie: { expires: 'b' }, cart: [{ productId: 'chai', qty: 2 }], activity: [] };
    expect(diffEntries(before, after)).toEqual({ added: ['activity'], changed: ['cookie', 'cart'], removed: ['user'] });
  });
  it('treats a new entry as all added and a gone entry as all removed', () => {
    expect(diffEntries(null, { a: 1 })).toEqual({ added: ['a'], changed: [], removed: [] });
    expect(diffEntries({ a: 1 }, null)).toEqual({ added: [], changed: [], removed: ['a'] });
    expect(isEmptyDiff(diffEntries({ a: [1] }, { a: [1] }))).toBe(true);
  });
});
