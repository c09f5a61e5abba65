import { isNearlyFull } from '@/lib/session';
import { readCart } from '@/lib/shop/cart';
import { findProduct } from '@/lib/shop/products';
import type { StoredSession } from '@/lib/session';
import type { JoinChart } from '@/lib/classroom/join-log';
import type { StudentView } from '@/lib/classroom/rows';

/** How many characters of a session ID the dashboard shows. */
export const SID_PREFIX_LENGTH = 6;

/** The most rows the overview lists; counts always cover every session. */
export const MAX_ROWS = 300;

/** One session as the dashboard lists it: a summary, never the ID or the data. */
export interface SessionRow {
  /** The first characters of the ID and "…": enough to tell rows apart, useless as a cookie. */
  readonly id: string;
  readonly sizeBytes: number;
  /** ISO time the store entry expires, or null for a browser-session cookie. */
  readonly expires: string | null;
  readonly loggedIn: boolean;
  readonly cartItems: number;
}

/** A non-empty cart: how many items and what they cost. */
export interface CartSummary {
  readonly id: string;
  readonly items: number;
  readonly totalPaise: number;
}

/** What `GET /api/instructor/overview` answers. */
export interface InstructorOverview {
  readonly storeKind: 'memory' | 'redis';
  readonly sessionCount: number;
  /** The store's cap and evictions, and whether it is nearly full (null: no cap). */
  readonly storeLimits: { readonly maxEntries: number; readonly evicted: number; readonly full: boolean } | null;
  readonly loggedInCount: number;
  /** Logged-in sessions per demo user. */
  readonly users: Readonly<Record<string, number>>;
  readonly carts: readonly CartSummary[];
  readonly cartItemsTotal: number;
  readonly cartTotalPaise: number;
  /** New sessions in each of the last 15 minutes, oldest first. */
  readonly createdPerMinute: readonly number[];
  readonly rows: readonly SessionRow[];
  /** More sessions exist than `rows` lists. */
  readonly rowsTruncated: boolean;
  readonly generatedAt: string;
}

/** The overview with the class: joined students and the students-joined chart. */
export interface ClassOverview extends InstructorOverview {
  readonly students: readonly StudentView[];
  readonly joins: JoinChart;
}

/** `abcdef…`: a short prefix only. */
export function redactSid(sid: string): string {
  return `${sid.slice(0, SID_PREFIX_LENGTH)}…`;
}

function username(stored: StoredSession): string | null {
  const user = stored.user;
  if (typeof user !== 'object' || user === null) return null;
  const name = (user as { username?: unknown }).username;
  return typeof name === 'string' ? name : null;
}

function expiresOf(stored: StoredSession): string | null {
  const expires = stored.cookie.expires;
  return typeof expires === 'string' ? expires : null;
}

/**
 * The dashboard's summary of the store. Pure: the caller reads the store and the creation
 * log. Rows are the newest-expiring first (the most recently active sessions).
 */
export function summarizeSessions(
  sessions: ReadonlyMap<string, StoredSession>,
  context: {
    storeKind: 'memory' | 'redis';
    createdPerMinute: readonly number[];
    now: number;
    limits?: { readonly maxEntries: number; readonly evicted: number } | null;
  },
): InstructorOverview {
  const users: Record<string, number> = {};
  const carts: CartSummary[] = [];
  const rows: SessionRow[] = [];
  let loggedInCount = 0;
  for (const [sid, stored] of sessions) {
    const user = username(stored);
    if (user !== null) {
      loggedInCount++;
      users[user] = (users[user] ?? 0) + 1;
    }
    const lines = readCart(stored);
    const items = lines.reduce((sum, line) => sum + line.qty, 0);
    if (items > 0) {
      const totalPaise = lines.reduce((sum, line) => sum + line.qty * (findProduct(line.productId)?.unitPricePaise ?? 0), 0);
      carts.push({ id: redactSid(sid), items, totalPaise });
    }
    rows.push({
      id: redactSid(sid),
      sizeBytes: Buffer.byteLength(JSON.stringify(stored), 'utf8'),
      expires: expiresOf(stored),
      loggedIn: user !== null,
      cartItems: items,
    });
  }
  rows.sort((a, b) => (b.expires ?? '').localeCompare(a.expires ?? ''));
  carts.sort((a, b) => b.totalPaise - a.totalPaise);
  return {
    storeKind: context.storeKind,
    sessionCount: sessions.size,
    storeLimits:
      context.limits && context.limits.maxEntries > 0 ? { ...context.limits, full: isNearlyFull(context.limits, sessions.size) } : null,
    loggedInCount,
    users,
    carts: carts.slice(0, MAX_ROWS),
    cartItemsTotal: carts.reduce((sum, cart) => sum + cart.items, 0),
    cartTotalPaise: carts.reduce((sum, cart) => sum + cart.totalPaise, 0),
    createdPerMinute: context.createdPerMinute,
    rows: rows.slice(0, MAX_ROWS),
    rowsTruncated: rows.length > MAX_ROWS,
    generatedAt: new Date(context.now).toISOString(),
  };
}
