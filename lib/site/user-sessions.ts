import { processSingleton } from '@/lib/runtime/singleton';
import { userSessionIndexFor, type UserSessionIndex } from '@/lib/shop/user-sessions';
import { getSiteSession } from './session';

/** The site's user → sessions index, beside the site engine's store; one per process, like the engine. */
export function getUserSessionIndex(): UserSessionIndex {
  return processSingleton('shop:user-session-index', () => userSessionIndexFor(getSiteSession().options.store));
}
