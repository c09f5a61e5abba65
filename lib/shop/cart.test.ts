import { describe, expect, it } from 'vitest';
import { addLine, CART_KEY, cartView, readCart, removeLine, setLineQty, writeCart } from './cart';

describe('readCart', () => {
  it('should read the lines kept in the session', () => {
    expect(readCart({ cart: [{ productId: 'chai', qty: 2 }] })).toEqual([{ productId: 'chai', qty: 2 }]);
  });

  it('should ignore malformed lines, unknown products, bad quantities and duplicates from the store', () => {
    const data = {
      cart: [
        { productId: 'chai', qty: 2 },
        { productId: 'dosa', qty: 1 },
        { productId: 'samosa', qty: 0 },
        { productId: 'jalebi', qty: 100 },
        { productId: 'lassi', qty: 1.5 },
        { productId: 'chai', qty: 5 },
        'vada-pav',
        null,
      ],
    };
    expect(readCart(data)).toEqual([{ productId: 'chai', qty: 2 }]);
    expect(readCart({ cart: 'lots' })).toEqual([]);
    expect(readCart({})).toEqual([]);
  });
});

describe('writeCart', () => {
  it('should store plain lines and remove the key for an empty cart', () => {
    const data: Record<string, unknown> = { user: 'x' };
    writeCart(data, [{ productId: 'lassi', qty: 1 }]);
    expect(data[CART_KEY]).toEqual([{ productId: 'lassi', qty: 1 }]);
    writeCart(data, []);
    expect(data).toEqual({ user: 'x' });
  });
});

describe('addLine', () => {
  it('should append a new product and add to an existing line, keeping the order', () => {
    const first = addLine([], 'samosa', 2);
    expect(first).toEqual({ ok: true, lines: [{ productId: 'samosa', qty: 2 }] });
    const second = addLine(first.ok ? first.lines : [], 'chai', 1);
    const third = addLine(second.ok ? second.lines : [], 'samosa', 3);
    expect(third).toEqual({
      ok: true,
      lines: [
        { productId: 'samosa', qty: 5 },
        { productId: 'chai', qty: 1 },
      ],
    });
  });

  it('should allow a line of exactly 99 and refuse (never clamp) anything past it', () => {
    expect(addLine([{ productId: 'chai', qty: 90 }], 'chai', 9)).toEqual({ ok: true, lines: [{ productId: 'chai', qty: 99 }] });
    expect(addLine([{ productId: 'chai', qty: 90 }], 'chai', 10)).toEqual({ ok: false, code: 'quantity_limit' });
  });

  it('should not change the lines it was given', () => {
    const lines = [{ productId: 'chai' as const, qty: 1 }];
    addLine(lines, 'chai', 1);
    expect(lines).toEqual([{ productId: 'chai', qty: 1 }]);
  });
});

describe('setLineQty', () => {
  it('should set an existing line to the exact quantity', () => {
    expect(setLineQty([{ productId: 'jalebi', qty: 4 }], 'jalebi', 1)).toEqual({ ok: true, lines: [{ productId: 'jalebi', qty: 1 }] });
  });

  it('should refuse a product that is not in the cart', () => {
    expect(setLineQty([{ productId: 'jalebi', qty: 4 }], 'chai', 1)).toEqual({ ok: false, code: 'not_in_cart' });
  });
});

describe('removeLine', () => {
  it('should drop the line and leave the others', () => {
    expect(
      removeLine(
        [
          { productId: 'chai', qty: 1 },
          { productId: 'lassi', qty: 2 },
        ],
        'chai',
      ),
    ).toEqual([{ productId: 'lassi', qty: 2 }]);
    expect(removeLine([{ productId: 'lassi', qty: 2 }], 'chai')).toEqual([{ productId: 'lassi', qty: 2 }]);
  });
});

describe('cartView', () => {
  it('should show names in the locale, unit prices and the total in paise', () => {
    const lines = [
      { productId: 'lassi' as const, qty: 2 },
      { productId: 'samosa' as const, qty: 3 },
    ];
    expect(cartView(lines, 'en')).toEqual({
      items: [
        { productId: 'lassi', name: 'Sweet lassi', qty: 2, unitPricePaise: 5000 },
        { productId: 'samosa', name: 'Samosa', qty: 3, unitPricePaise: 1500 },
      ],
      totalPaise: 14_500,
    });
    expect(cartView(lines, 'hi-latn').items[0]?.name).toBe('Meethi lassi');
    expect(cartView([], 'en')).toEqual({ items: [], totalPaise: 0 });
  });
});
