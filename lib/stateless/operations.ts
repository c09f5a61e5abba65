import type { DemoUser } from '@/lib/shop/accounts';
import type { DemoResult } from '@/lib/http/api-errors';
import { checkLogin, currentUser, getLoginLimiter, rememberUser, USER_KEY } from '@/lib/shop/auth-operations';
import { cartView, CART_KEY, readCart, type CartView } from '@/lib/shop/cart';
import { addToCart } from '@/lib/shop/cart-operations';
import type { FailureLimiter } from '@/lib/shop/rate-limit';
import { parseInput } from '@/lib/http/request-guards';
import { cartAddInputSchema } from '@/lib/shop/schemas';
import type { Locale } from '@/lib/i18n/locales';
import type { SessionData } from '@/lib/session';

/*
 * The login and cart demos on a plain data object — the whole session, as it travels in the
 * sealed cookie. The operations are lib/shop's, on session data like the stateful demo's;
 * only the storage differs (and the add log below, which makes the cookie grow).
 */

export { USER_KEY };
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

/** The signed-in user in `data`, or null: the stateful demo's rule. */
export function statelessUser(data: SessionData): DemoUser | null {
  return currentUser(data);
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
  const checked = checkLogin(input, [`address:${clientKey}`], limiter);
  if (checked.ok) rememberUser(data, checked.value.user);
  return checked;
}

/** The cart in `data`, names in `locale`. */
export function statelessCart(data: SessionData, locale: Locale): CartView {
  return cartView(readCart(data), locale);
}

/** Adds `{productId, qty}` with the stateful cart's rules, and logs the add. */
export function statelessAddToCart(data: SessionData, input: unknown, locale: Locale, now = Date.now()): DemoResult<CartView> {
  const parsed = parseInput(cartAddInputSchema, input);
  if (!parsed.ok) return parsed;
  const added = addToCart(data, parsed.value, locale);
  if (added.ok) data[HISTORY_KEY] = [...readHistory(data), { ...parsed.value, at: now }];
  return added;
}

/** Empties the cart and its add log. */
export function statelessClearCart(data: SessionData, locale: Locale): CartView {
  delete data[CART_KEY];
  delete data[HISTORY_KEY];
  return cartView([], locale);
}
