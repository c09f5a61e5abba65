/*
 * Before the class types the address: does it answer? The server asks itself over the LAN
 * address it advertises, as a phone would, and looks at the interface it listens on.
 */

/** What the join slide says about the advertised address. */
export type AddressCheck =
  | { readonly state: 'ok' }
  | { readonly state: 'loopback-only'; readonly host: string }
  | { readonly state: 'unreachable'; readonly reason: string }
  | { readonly state: 'no-address' };

/** How long the server waits for its own answer. */
export const CHECK_TIMEOUT_MS = 2_000;

/** Whether `host` (a `--hostname` value) is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(?:\.\d{1,3}){3}$/.test(bare) || bare.endsWith('.localhost');
}

/**
 * Checks `origin` (`http://<lan-ip>:<port>`): a loopback `listenHost` (what `--hostname` the
 * server was started with; empty for every interface) fails at once; otherwise
 * `GET /api/health` must answer 200 within the timeout.
 */
export async function checkAddress(
  origin: string | null,
  listenHost: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<AddressCheck> {
  if (listenHost !== '' && isLoopbackHost(listenHost)) return { state: 'loopback-only', host: listenHost };
  if (origin === null) return { state: 'no-address' };
  try {
    const response = await fetchImpl(`${origin}/api/health`, { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' });
    await response.arrayBuffer();
    return response.ok ? { state: 'ok' } : { state: 'unreachable', reason: `HTTP ${response.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } }).cause?.code;
    const name = (error as { name?: unknown }).name;
    return { state: 'unreachable', reason: typeof cause === 'string' ? cause : name === 'TimeoutError' ? 'timeout' : 'no answer' };
  }
}
