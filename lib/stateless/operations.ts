import { findDemoUser, verifyCredentials, type DemoUser } from '@/lib/shop/accounts';
import type { DemoResult } from '@/lib/http/api-errors';
import { getLoginLimiter } from '@/lib/shop/auth-operations';
import { addLine, cartView, CART_KEY, readCart, writeCart, type CartView } from '@/lib/shop/cart';
import { findProduct } from '@/lib/shop/products';
import type { FailureLimiter } from '@/lib/shop/rate-limit';
import { cartAddInputSchema, loginInputSchema, parseInput } from '@/lib/shop/schemas';
import type { Locale } from '@/lib/i18n/locales';
import type { SessionData } from '@/lib/session';

/*
 * The login and cart demos on a plain data object — the whole session, as it travels in the
 * sealed cookie. Validation and cart rules are lib/demo's; only the storage differs.
 */

/** The key of the signed-in user, as in the stateful demo. */
export const USER_KEY = 'user';
/**
 * Every add is also logged here, unbounded on purpose: it is what makes a sealed cookie grow
 * until it meets the browser's 4 KB limit (a server-side store would not care).
 */
export const HISTORY_KEY = 'history';

export interface HistoryEntry {
  readonly productId: string;
  readonly qty: number;
  /** Milliseconds since the epoch. */
  readonly at: number;
}

/** The signed-in user in `data`, or null. Only a known demo account counts. */
export function statelessUser(data: SessionData): DemoUser | null {
  const stored = data[USER_KEY];
  if (typeof stored !== 'object' || stored === null) return null;
  const username = (stored as { username?: unknown }).username;
  return typeof username === 'string' ? findDemoUser(username) : null;
}

/** The add log in `data`; malformed entries are dropped. */
export function readHistory(data: SessionData): HistoryEntry[] {
  const raw = data[HISTORY_KEY];
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (entry): entry is HistoryEntry =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as HistoryEntry).productId === 'string' &&
      Number.isInteger((entry as HistoryEntry).qty) &&
      Number.isFinite((entry as HistoryEntry).at),
  );
}

/**
 * Signs in: the same validation, accounts and failure limit (per client address) as the
 * stateful demo. There is no session ID to regenerate; the next seal is new anyway.
 */
export function statelessLogin(
  data: SessionData,
  input: unknown,
  clientKey: string,
  limiter: FailureLimiter = getLoginLimiter(),
): DemoResult<{ user: DemoUser }> {
  const parsed = parseInput(loginInputSchema, input);
  if (!parsed.ok) return parsed;
  const keys = [`address:${clientKey}`];
  const decision = limiter.check(keys);
  if (!decision.allowed) {
    return { ok: false, error: { code: 'too_many_attempts', params: { retryAfterSeconds: decision.retryAfterSeconds } } };
  }
  const user = verifyCredentials(parsed.value.username, parsed.value.password);
  if (user === null) {
    limiter.recordFailure(keys);
    return { ok: false, error: { code: 'invalid_credentials' } };
  }
  data[USER_KEY] = { username: user.username, displayName: user.displayName };
  return { ok: true, value: { user } };
}

/** The cart in `data`, names in `locale`. */
export function statelessCart(data: SessionData, locale: Locale): CartView {
  return cartView(readCart(data), locale);
}

/** Adds `{productId, qty}` with the stateful cart's rules, and logs the add. */
export function statelessAddToCart(data: SessionData, input: unknown, locale: Locale, now = Date.now()): DemoResult<CartView> {
  const parsed = parseInput(cartAddInputSchema, input);
  if (!parsed.ok) return parsed;
  const product = findProduct(parsed.value.productId);
  if (product === undefined) return { ok: false, error: { code: 'unknown_product' } };
  const change = addLine(readCart(data), product.id, parsed.value.qty);
  if (!change.ok) return { ok: false, error: { code: change.code } };
  writeCart(data, change.lines);
  data[HISTORY_KEY] = [...readHistory(data), { productId: product.id, qty: parsed.value.qty, at: now }];
  return { ok: true, value: cartView(change.lines, locale) };
}

/** Empties the cart and its add log. */
export function statelessClearCart(data: SessionData, locale: Locale): CartView {
  delete data[CART_KEY];
  delete data[HISTORY_KEY];
  return cartView([], locale);
}
