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

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
/** `[::ffff:c000:202]`, as the URL parser writes an IPv4-mapped IPv6 address. */
const MAPPED = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/;

/** `192.0.2.2` → `[::ffff:192.0.2.2]`; `[::ffff:c000:202]` → `192.0.2.2`; else null. */
function otherFormOfAddress(hostname: string): string | null {
  if (IPV4.test(hostname)) return `[::ffff:${hostname}]`;
  const mapped = MAPPED.exec(hostname);
  if (mapped === null) return null;
  const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * The other site of the two the lab uses, same scheme and port: `localhost` ↔ `127.0.0.1`,
 * and for a student who came by the classroom address, that address written the other way —
 * `192.0.2.2` ↔ `[::ffff:192.0.2.2]`, the same server over the same IPv4 network, but a
 * different host, so a different site to the browser. Null for a domain name, where the lab
 * cannot make a second site on its own.
 */
export function otherSiteOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
    else if (url.hostname === '127.0.0.1') url.hostname = 'localhost';
    else {
      const other = otherFormOfAddress(url.hostname);
      if (other === null) return null;
      url.hostname = other;
    }
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * Whether `origin` is one of the lab sites (what the attacker page may target): localhost,
 * 127.0.0.1, or one of this server's own IPv4 addresses (`ownAddresses`) in either form.
 */
export function isLabSiteOrigin(origin: string, ownAddresses: readonly string[] = []): boolean {
  try {
    const url = new URL(origin);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) return false;
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return true;
    const address = IPV4.test(url.hostname) ? url.hostname : otherFormOfAddress(url.hostname);
    return address !== null && IPV4.test(address) && ownAddresses.includes(address);
  } catch {
    return false;
  }
}

/** Whether the lab runs on a network address (a phone in class), not on this machine's own names. */
export function isNetworkAddressOrigin(origin: string): boolean {
  try {
    const { hostname } = new URL(origin);
    return IPV4.test(hostname) ? !hostname.startsWith('127.') : MAPPED.test(hostname);
  } catch {
    return false;
  }
}
