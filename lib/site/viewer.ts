import { findDemoUser, type DemoUser } from '@/lib/shop/accounts';
import { readCart } from '@/lib/shop/cart';
import { getSiteSession } from '@/lib/site/session';

export interface LabViewer {
  readonly user: DemoUser | null;
  readonly cartCount: number;
}

/**
 * Who is looking at a lab page, read through the engine's inspection: it never creates,
 * saves or touches a session, so rendering a page cannot change what the inspector shows.
 */
export async function labViewer(headers: Headers): Promise<LabViewer> {
  try {
    const { entry } = await getSiteSession().inspect(headers);
    if (!entry) return { user: null, cartCount: 0 };
    const stored = entry.user as { username?: unknown } | undefined;
    const user = typeof stored?.username === 'string' ? findDemoUser(stored.username) : null;
    return { user, cartCount: readCart(entry).reduce((sum, line) => sum + line.qty, 0) };
  } catch {
    // A store outage: the page still renders; the demos report the error themselves.
    return { user: null, cartCount: 0 };
  }
}
