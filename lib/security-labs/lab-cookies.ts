import { labApiPath } from './catalog';
import { CSRF_PATH, CSRF_SAMESITES } from './csrf-sites';
import { csrfCookieName } from './csrf';
import { labSessionCookieName } from './lab-engine';
import type { LabCookie } from './lab-route';
import { REPLAY_SEAL_COOKIE } from './replay';
import { TAMPER_KINDS } from './tamper-edit';
import { tamperCookieName } from './tampering';
import { XSS_COOKIE } from './xss';

/** Every cookie the five security labs can set, where it lives: what "reset my lab cookies" removes. */
export function securityLabCookies(): LabCookie[] {
  return [
    { name: labSessionCookieName('fixation'), path: labApiPath('fixation') },
    // The XSS lab's cookie must be readable by the page's script, so it lives on `/`.
    { name: XSS_COOKIE, path: '/' },
    { name: labSessionCookieName('replay'), path: labApiPath('replay') },
    { name: REPLAY_SEAL_COOKIE, path: labApiPath('replay') },
    ...TAMPER_KINDS.map((kind) => ({ name: tamperCookieName(kind), path: labApiPath('tampering') })),
    ...CSRF_SAMESITES.map((sameSite) => ({ name: csrfCookieName(sameSite), path: CSRF_PATH })),
  ];
}
