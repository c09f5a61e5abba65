import { describe, expect, it } from 'vitest';
import type { StoredSession } from '@/lib/session';
import { MAX_ROWS, redactSid, summarizeSessions } from './overview';

const now = Date.parse('2026-11-27T10:00:00.000Z');
const sid = (n: number) => `sid${String(n).padStart(3, '0')}${'x'.repeat(26)}`;

function stored(data: Record<string, unknown>, expiresInMs = 30 * 60_000): StoredSession {
  return {
    cookie: { originalMaxAge: 1_800_000, expires: new Date(now + expiresInMs).toISOString(), httpOnly: true, path: '/', sameSite: 'lax' },
    ...data,
    __meta: { createdAt: now - 1_000 },
  };
}

const context = { storeKind: 'memory' as const, createdPerMinute: [0, 2, 1], now };

describe('summarizeSessions', () => {
  it('should count sessions, logged-in users per account and non-empty carts', () => {
    const sessions = new Map<string, StoredSession>([
      [
        sid(1),
        stored({
          user: { username: 'riya', displayName: 'Riya' },
          cart: [
            { productId: 'chai', qty: 2 },
            { productId: 'lassi', qty: 1 },
          ],
        }),
      ],
      [sid(2), stored({ user: { username: 'aman', displayName: 'Aman' } })],
      [sid(3), stored({ user: { username: 'riya', displayName: 'Riya' } })],
      [sid(4), stored({ cart: [{ productId: 'samosa', qty: 3 }] })],
      [sid(5), stored({})],
    ]);
    const overview = summarizeSessions(sessions, context);
    expect(overview.sessionCount).toBe(5);
    expect(overview.loggedInCount).toBe(3);
    expect(overview.users).toEqual({ riya: 2, aman: 1 });
    expect(overview.carts).toEqual([
      { id: 'sid001…', items: 3, totalPaise: 9_000 },
      { id: 'sid004…', items: 3, totalPaise: 4_500 },
    ]);
    expect(overview.cartItemsTotal).toBe(6);
    expect(overview.cartTotalPaise).toBe(13_500);
    expect(overview.createdPerMinute).toEqual([0, 2, 1]);
    expect(overview.generatedAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('should describe each session by a prefix, its size and expiry, never its ID or data', () => {
    const entry = stored({ user: { username: 'riya', displayName: 'Riya' }, secretNote: 'do not show' });
    const overview = summarizeSessions(new Map([[sid(7), entry]]), context);
    expect(overview.rows).toEqual([
      {
        id: 'sid007…',
        sizeBytes: Buffer.byteLength(JSON.stringify(entry)),
        expires: '2026-11-27T10:30:00.000Z',
        loggedIn: true,
        cartItems: 0,
      },
    ]);
    const json = JSON.stringify(overview);
    expect(json).not.toContain(sid(7));
    expect(json).not.toContain('do not show');
  });

  it('should list the sessions expiring last first and cap the rows, still counting all', () => {
    const sessions = new Map<string, StoredSession>();
    for (let n = 0; n < MAX_ROWS + 5; n++) sessions.set(sid(n), stored({}, 60_000 + n * 1_000));
    const overview = summarizeSessions(sessions, context);
    expect(overview.sessionCount).toBe(MAX_ROWS + 5);
    expect(overview.rows).toHaveLength(MAX_ROWS);
    expect(overview.rowsTruncated).toBe(true);
    expect(overview.rows[0]?.id).toBe(redactSid(sid(MAX_ROWS + 4)));
  });

  it('should ignore cart lines that are not well-formed and users that are not objects', () => {
    const sessions = new Map([
      [
        sid(1),
        stored({
          user: 'riya',
          cart: [
            { productId: 'pizza', qty: 1 },
            { productId: 'chai', qty: -1 },
          ],
        }),
      ],
    ]);
    const overview = summarizeSessions(sessions, context);
    expect(overview.loggedInCount).toBe(0);
    expect(overview.carts).toEqual([]);
  });
});

describe('redactSid', () => {
  it('should keep six characters and mark the cut', () => {
    expect(redactSid('abcdefghijklmnop')).toBe('abcdef…');
  });
});
