import type { Locale } from '@/lib/i18n/locales';
import type { Session } from '@/lib/session';
import type { DemoResult } from '../http/api-errors';
import { addLine, CART_KEY, cartView, readCart, removeLine, setLineQty, writeCart, type CartChange, type CartView } from './cart';
import { findProduct, type ProductId } from './products';
import { cartAddInputSchema, cartSetQtyInputSchema, parseInput } from './schemas';

/*
 * The cart demo as operations over a session, shared by the JSON API and the site's
 * server actions. Every input is validated here; a refusal leaves the session untouched.
 */

function knownProduct(productId: string): DemoResult<ProductId> {
  const product = findProduct(productId);
  return product === undefined ? { ok: false, error: { code: 'unknown_product' } } : { ok: true, value: product.id };
}

function apply(session: Session, change: CartChange, locale: Locale): DemoResult<CartView> {
  if (!change.ok) return { ok: false, error: { code: change.code } };
  writeCart(session.data, change.lines);
  return { ok: true, value: cartView(change.lines, locale) };
}

/** The cart of this session, names in `locale`. */
export function getCart(session: Session, locale: Locale): CartView {
  return cartView(readCart(session.data), locale);
}

/**
 * Adds `{productId, qty}` (qty a whole number 1–99). Refused with `unknown_product` for a
 * snack the shop does not sell, and with `quantity_limit` (never clamped) when the line
 * would hold more than 99.
 */
export function addToCart(session: Session, input: unknown, locale: Locale): DemoResult<CartView> {
  const parsed = parseInput(cartAddInputSchema, input);
  if (!parsed.ok) return parsed;
  const product = knownProduct(parsed.value.productId);
  if (!product.ok) return product;
  return apply(session, addLine(readCart(session.data), product.value, parsed.value.qty), locale);
}

/** Sets the line of `productId` to exactly `{qty}` (1–99); `not_in_cart` when there is no such line. */
export function setCartQuantity(session: Session, productId: string, input: unknown, locale: Locale): DemoResult<CartView> {
  const product = knownProduct(productId);
  if (!product.ok) return product;
  const parsed = parseInput(cartSetQtyInputSchema, input);
  if (!parsed.ok) return parsed;
  return apply(session, setLineQty(readCart(session.data), product.value, parsed.value.qty), locale);
}

/** Removes a product's line; removing one that is not in the cart changes nothing and is fine. */
export function removeFromCart(session: Session, productId: string, locale: Locale): DemoResult<CartView> {
  const product = knownProduct(productId);
  if (!product.ok) return product;
  const lines = readCart(session.data);
  const remaining = removeLine(lines, product.value);
  if (remaining.length !== lines.length) writeCart(session.data, remaining);
  return { ok: true, value: cartView(remaining, locale) };
}

/** Empties the cart. */
export function clearCart(session: Session, locale: Locale): CartView {
  if (session.data[CART_KEY] !== undefined) writeCart(session.data, []);
  return cartView([], locale);
}
