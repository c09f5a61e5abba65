import { PLAYGROUND_COOKIE_NAME, PLAYGROUND_COOKIE_PATH } from '@/lib/playground/engine-cache';
import { RACE_COOKIE_NAME, RACE_MODES, raceCookiePath } from '@/lib/race-lab/race';
import { securityLabCookies } from '@/lib/security-labs/lab-cookies';
import type { LabCookie } from '@/lib/security-labs/lab-route';
import { IRON_COOKIE_NAME, IRON_COOKIE_PATH } from '@/lib/stateless/sealed-cookie';

/**
 * Every cookie a lab can leave in the browser, on its own path: what "reset my lab cookies"
 * removes. Not `pathshala.sid`: that is the site session the login, cart and activity labs
 * share with the rest of the site, and it has its own logout and "forget" buttons, which
 * destroy the store entry instead of orphaning it.
 */
export function allLabCookies(): LabCookie[] {
  return [
    { name: IRON_COOKIE_NAME, path: IRON_COOKIE_PATH },
    // Where older builds put the seal.
    { name: IRON_COOKIE_NAME, path: '/' },
    ...securityLabCookies(),
    ...RACE_MODES.map((mode) => ({ name: RACE_COOKIE_NAME, path: raceCookiePath(mode) })),
    { name: PLAYGROUND_COOKIE_NAME, path: PLAYGROUND_COOKIE_PATH },
  ];
}
