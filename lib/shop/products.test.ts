import { describe, expect, it } from 'vitest';
import { findProduct, isProductId, PRODUCT_IDS, PRODUCTS } from './products';

describe('products', () => {
  it('should sell exactly the five snacks of DESIGN.md at their prices in paise', () => {
    expect(PRODUCTS.map((product) => [product.id, product.unitPricePaise])).toEqual([
      ['chai', 2000],
      ['samosa', 1500],
      ['jalebi', 4000],
      ['vada-pav', 2500],
      ['lassi', 5000],
    ]);
    expect(PRODUCTS.map((product) => product.id)).toEqual([...PRODUCT_IDS]);
  });

  it('should name every product in both locales', () => {
    for (const product of PRODUCTS) {
      expect(product.name['hi-latn'].length).toBeGreaterThan(0);
      expect(product.name.en.length).toBeGreaterThan(0);
    }
  });

  it('should find a product by its exact ID only', () => {
    expect(findProduct('vada-pav')?.unitPricePaise).toBe(2500);
    expect(findProduct('Chai')).toBeUndefined();
    expect(findProduct('toString')).toBeUndefined();
    expect(isProductId('lassi')).toBe(true);
    expect(isProductId('dosa')).toBe(false);
    expect(isProductId(42)).toBe(false);
  });
});
