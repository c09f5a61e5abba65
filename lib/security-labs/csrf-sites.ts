import { labApiPath } from './catalog';

/* The CSRF lab's shared, client-safe facts: cookie kinds, request kinds, the two sites. */

export const CSRF_SAMESITES = ['strict', 'lax', 'none'] as const;
export type CsrfSameSite = (typeof CSRF_SAMESITES)[number];
export const CSRF_VIAS = ['post', 'link', 'embed'] as const;
export type CsrfVia = (typeof CSRF_VIAS)[number];
export const CSRF_PATH = labApiPath('csrf');

/** One request that reached the echo endpoint. */
export interface CsrfArrival {
  readonly via: CsrfVia;
  readonly method: string;
  /** Which lab cookies came with it. */
  readonly sent: Readonly<Record<CsrfSameSite, boolean>>;
  /** The browser's own word on where the request came from (`Sec-Fetch-Site`), if it said. */
  readonly fetchSite: string | null;
}

/**
 * The other site of the two the lab uses: `localhost` ↔ `127.0.0.1`, same scheme and port.
 * Null for any other host, where the lab cannot make a second site on its own.
 */
export function otherSiteOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
    else if (url.hostname === '127.0.0.1') url.hostname = 'localhost';
    else return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Whether `origin` is one of the two lab sites (what the attacker page may target). */
export function isLabSiteOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      (url.hostname === 'localhost' || url.hostname === '127.0.0.1') &&
      url.origin === origin
    );
  } catch {
    return false;
  }
}
