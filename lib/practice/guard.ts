import { isFromThisMachine, socketAddress } from '@/lib/http/client-address';
import { isLoopbackHost } from '@/scripts/class-sim/config';

/** Why the site will not run the grader for a request. */
export type PracticeOffReason = 'disabled' | 'not-this-machine' | 'no-front-door';

export type PracticeAvailability = { readonly available: true } | { readonly available: false; readonly reason: PracticeOffReason };

/**
 * Whether the site may run the grader for this request. It fetches URLs on the server, so it
 * serves only a person sitting at this machine: the TCP peer (recorded by the front door,
 * which drops any header a client sent under that name) and the client it speaks for must
 * both be loopback. `X-Forwarded-For` alone never counts: a client writes what it likes there.
 */
export function practiceAvailability(headers: Headers, env: Readonly<Record<string, string | undefined>>): PracticeAvailability {
  if (env.PRACTICE_CHECKS?.trim().toLowerCase() === 'off') return { available: false, reason: 'disabled' };
  if (socketAddress(headers) === null) return { available: false, reason: 'no-front-door' };
  if (!isFromThisMachine(headers)) return { available: false, reason: 'not-this-machine' };
  // A page on another name that resolves to 127.0.0.1 (DNS rebinding) is same-origin to itself
  // and passes the Origin check; the site's own loopback name is the only Host served here.
  if (!isLoopbackHost(hostOf(headers.get('host')))) return { available: false, reason: 'not-this-machine' };
  return { available: true };
}

/** The host name of a `Host` header (`localhost:3000`, `[::1]:3000`), or '' when it has none. */
function hostOf(host: string | null): string {
  if (host === null) return '';
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return '';
  }
}

/** A URL the in-site checker may talk to: the given protocols, a loopback host, no credentials; else null. */
export function loopbackTarget(raw: unknown, protocols: readonly string[]): URL | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (!protocols.includes(url.protocol) || url.username !== '' || url.password !== '') return null;
  return isLoopbackHost(url.hostname) ? url : null;
}
