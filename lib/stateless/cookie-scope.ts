/*
 * Where the stateless lab's cookie lives, apart from the sealing code so that `proxy.ts` can
 * clear a stray copy without loading iron-session.
 */

/** The stateless demo's cookie. */
export const IRON_COOKIE_NAME = 'pathshala.iron';

/**
 * The seal's `Path`: the stateless API, which is all that reads it. On `/` a grown seal (4 KB)
 * rode along on every request of the site and filled every inspector's Request panel.
 */
export const IRON_COOKIE_PATH = '/api/demo/stateless';

/**
 * Removes a seal that an older build left on `Path=/`. Only that copy reaches a page, so a page
 * request that carries `pathshala.iron` carries the stray one, and this clears only it.
 */
export const STRAY_SEAL_CLEARING_SET_COOKIE = `${IRON_COOKIE_NAME}=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;
