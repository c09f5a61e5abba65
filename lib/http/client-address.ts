import { CLIENT_ADDRESS_HEADER, SOCKET_ADDRESS_HEADER } from './front-door.mjs';

/*
 * The client's address as the front door (scripts/server.mjs) recorded it before Next saw the
 * request: never a value a client chose. `next start` alone would keep a client's own
 * X-Forwarded-For, so without the front door these headers are absent and the answers null.
 */

/** The client's address: the socket's, or what the trusted proxy hops (`TRUST_PROXY`) say; null without the front door. */
export function clientAddress(headers: Headers): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER);
}

/**
 * The key the limiters count a client under: its address, or `'unknown'` when the site runs
 * without the front door (plain `next dev`/`next start`), where every client shares one key.
 */
export function limiterAddress(headers: Headers): string {
  return clientAddress(headers) ?? 'unknown';
}

/** The TCP peer's address, whatever `TRUST_PROXY` says; null without the front door. */
export function socketAddress(headers: Headers): string | null {
  return headers.get(SOCKET_ADDRESS_HEADER);
}

/** An address of this machine itself (127.0.0.0/8 or ::1). */
export function isLoopbackAddress(address: string | null): boolean {
  if (address === null) return false;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

/** The request came from this machine: both the socket and the client it speaks for are loopback. */
export function isFromThisMachine(headers: Headers): boolean {
  return isLoopbackAddress(socketAddress(headers)) && isLoopbackAddress(clientAddress(headers));
}
