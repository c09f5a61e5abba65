import type { Locale } from '@/lib/i18n/locales';
import type { SessionData } from '@/lib/session';
import { findProduct, isProductId, type ProductId } from './products';
import { MAX_LINE_QTY } from './schemas';

/** One line of the cart as kept in the session: which snack and how many. */
export interface CartLine {
  readonly productId: ProductId;
  readonly qty: number;
}

/** A cart line as the API shows it. */
export interface CartItem extends CartLine {
  readonly name: string;
  readonly unitPricePaise: number;
}

export interface CartView {
  readonly items: readonly CartItem[];
  readonly totalPaise: number;
}

/** Why a cart change was refused. */
export type CartRefusal = 'quantity_limit' | 'not_in_cart';

export type CartChange = { ok: true; lines: CartLine[] } | { ok: false; code: CartRefusal };

/** The session key that holds the cart: `[{productId, qty}]` in the order items were first added. */
export const CART_KEY = 'cart';

function isCartLine(value: unknown): value is CartLine {
  if (typeof value !== 'object' || value === null) return false;
  const { productId, qty } = value as Record<string, unknown>;
  return isProductId(productId) && Number.isInteger(qty) && (qty as number) >= 1 && (qty as number) <= MAX_LINE_QTY;
}

/**
 * The cart in `data`. The store may hold anything (another app can share it), so lines
 * that are not well-formed are ignored rather than trusted.
 */
export function readCart(data: SessionData): CartLine[] {
  const raw = data[CART_KEY];
  if (!Array.isArray(raw)) return [];
  const seen = new Set<ProductId>();
  const lines: CartLine[] = [];
  for (const item of raw) {
    if (!isCartLine(item) || seen.has(item.productId)) continue;
    seen.add(item.productId);
    lines.push({ productId: item.productId, qty: item.qty });
  }
  return lines;
}

/** Puts `lines` into `data`; an empty cart removes the key, so emptying leaves no trace. */
export function writeCart(data: SessionData, lines: readonly CartLine[]): void {
  if (lines.length === 0) delete data[CART_KEY];
  else data[CART_KEY] = lines.map(({ productId, qty }) => ({ productId, qty }));
}

/** Adds `qty` of a product; refused when the line would hold more than 99. */
export function addLine(lines: readonly CartLine[], productId: ProductId, qty: number): CartChange {
  const existing = lines.find((line) => line.productId === productId);
  const next = (existing?.qty ?? 0) + qty;
  if (next > MAX_LINE_QTY) return { ok: false, code: 'quantity_limit' };
  if (existing === undefined) return { ok: true, lines: [...lines, { productId, qty }] };
  return { ok: true, lines: lines.map((line) => (line.productId === productId ? { productId, qty: next } : line)) };
}

/** Sets a line already in the cart to exactly `qty` (1–99, validated by the caller's schema). */
export function setLineQty(lines: readonly CartLine[], productId: ProductId, qty: number): CartChange {
  if (!lines.some((line) => line.productId === productId)) return { ok: false, code: 'not_in_cart' };
  return { ok: true, lines: lines.map((line) => (line.productId === productId ? { productId, qty } : line)) };
}

/** The cart without a product; removing what is not there is not an error. */
export function removeLine(lines: readonly CartLine[], productId: ProductId): CartLine[] {
  return lines.filter((line) => line.productId !== productId);
}

/** The cart as the API shows it, with names in `locale` and prices in paise. */
export function cartView(lines: readonly CartLine[], locale: Locale): CartView {
  const items: CartItem[] = [];
  let totalPaise = 0;
  for (const line of lines) {
    const product = findProduct(line.productId);
    if (product === undefined) continue;
    items.push({ productId: line.productId, name: product.name[locale], qty: line.qty, unitPricePaise: product.unitPricePaise });
    totalPaise += product.unitPricePaise * line.qty;
  }
  return { items, totalPaise };
}
