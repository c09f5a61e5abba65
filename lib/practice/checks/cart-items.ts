/** The products every practice app sells (the site's own menu). */
export const PRODUCT_IDS = ['chai', 'samosa', 'jalebi', 'vada-pav', 'lassi'] as const;

/** `{items: [{productId, qty}]}` as productId → qty, or null when the body has another shape. */
export function cartOf(json: unknown): Map<string, number> | null {
  if (typeof json !== 'object' || json === null) return null;
  const items = (json as { items?: unknown }).items;
  if (!Array.isArray(items)) return null;
  const cart = new Map<string, number>();
  for (const item of items) {
    if (typeof item !== 'object' || item === null) return null;
    const { productId, qty } = item as { productId?: unknown; qty?: unknown };
    if (typeof productId !== 'string' || typeof qty !== 'number' || cart.has(productId)) return null;
    cart.set(productId, qty);
  }
  return cart;
}

/** Exactly these lines, in any order. */
export function sameCart(actual: Map<string, number> | null, expected: Readonly<Record<string, number>>): boolean {
  if (actual === null) return false;
  const entries = Object.entries(expected);
  return actual.size === entries.length && entries.every(([productId, qty]) => actual.get(productId) === qty);
}

/** `chai×5, samosa×1` — how a line shows a cart. */
export function showCart(expected: Readonly<Record<string, number>>): string {
  const entries = Object.entries(expected);
  return entries.length === 0 ? '[]' : entries.map(([productId, qty]) => `${productId}×${qty}`).join(', ');
}
