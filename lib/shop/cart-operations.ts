import type { Locale } from '@/lib/i18n/locales';
import type { SessionData } from '@/lib/session';
import type { DemoResult } from '../http/api-errors';
import { addLine, CART_KEY, cartView, readCart, removeLine, setLineQty, writeCart, type CartChange, type CartView } from './cart';
import { findProduct, type ProductId } from './products';
import { parseInput } from '@/lib/http/request-guards';
import { cartAddInputSchema, cartSetQtyInputSchema } from './schemas';

/*
 * The cart demo as operations on session data, shared by the JSON API, the site's server
 * actions and the stateless lab (whose data travels in a sealed cookie). Every input is
 * validated here; a refusal leaves the data untouched.
 */

function knownProduct(productId: string): DemoResult<ProductId> {
  const product = findProduct(productId);
  return product === undefined ? { ok: false, error: { code: 'unknown_product' } } : { ok: true, value: product.id };
}

function apply(data: SessionData, change: CartChange, locale: Locale): DemoResult<CartView> {
  if (!change.ok) return { ok: false, error: { code: change.code } };
  writeCart(data, change.lines);
  return { ok: true, value: cartView(change.lines, locale) };
}

/** The cart in `data`, names in `locale`. */
export function getCart(data: SessionData, locale: Locale): CartView {
  return cartView(readCart(data), locale);
}

/**
 * Adds `{productId, qty}` (qty a whole number 1–99). Refused with `unknown_product` for a
 * snack the shop does not sell, and with `quantity_limit` (never clamped) when the line
 * would hold more than 99.
 */
export function addToCart(data: SessionData, input: unknown, locale: Locale): DemoResult<CartView> {
  const parsed = parseInput(cartAddInputSchema, input);
  if (!parsed.ok) return parsed;
  const product = knownProduct(parsed.value.productId);
  if (!product.ok) return product;
  return apply(data, addLine(readCart(data), product.value, parsed.value.qty), locale);
}

/** Sets the line of `productId` to exactly `{qty}` (1–99); `not_in_cart` when there is no such line. */
export function setCartQuantity(data: SessionData, productId: string, input: unknown, locale: Locale): DemoResult<CartView> {
  const product = knownProduct(productId);
  if (!product.ok) return product;
  const parsed = parseInput(cartSetQtyInputSchema, input);
  if (!parsed.ok) return parsed;
  return apply(data, setLineQty(readCart(data), product.value, parsed.value.qty), locale);
}

/** Removes a product's line; removing one that is not in the cart changes nothing and is fine. */
export function removeFromCart(data: SessionData, productId: string, locale: Locale): DemoResult<CartView> {
  const product = knownProduct(productId);
  if (!product.ok) return product;
  const lines = readCart(data);
  const remaining = removeLine(lines, product.value);
  if (remaining.length !== lines.length) writeCart(data, remaining);
  return { ok: true, value: cartView(remaining, locale) };
}

/** Empties the cart. */
export function clearCart(data: SessionData, locale: Locale): CartView {
  if (data[CART_KEY] !== undefined) writeCart(data, []);
  return cartView([], locale);
}
