import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { getSiteSession } from '@/lib/site/session';
import { CreationLog, createdSessions } from '../instructor/creations';
import { joinUrl, lanIPv4, lanIPv4s, lanOrigin, portOfHost } from '../instructor/network';
import { resolveInstructorToken, type InstructorToken } from '../instructor/token';
import { TokenAttemptLimits } from '../instructor/token-limits';
import { processSingleton } from '@/lib/runtime/singleton';

interface InstructorState {
  readonly token: InstructorToken;
  readonly creations: CreationLog;
  readonly limits: TokenAttemptLimits;
}

/** The line the server prints once, so the teacher can open the dashboard. */
export function startupMessage(token: InstructorToken, dashboardUrl: string): string {
  if (token.source === 'env') return `instructor: dashboard at ${dashboardUrl} (token from INSTRUCTOR_TOKEN).`;
  return (
    `instructor: INSTRUCTOR_TOKEN is not set; dashboard at ${dashboardUrl} with token ${token.token} ` +
    `(kept in ${token.file}, so a restart keeps it; set INSTRUCTOR_TOKEN to choose your own).`
  );
}

/**
 * The instructor side of this server, set up on first use: the token (printed once to the
 * log with the dashboard's address), the record of session creations (subscribed to the
 * site engine's trace events) and the limiter of failed token attempts.
 * `instrumentation.ts` calls this at start, so the token is printed before anyone asks.
 */
export function getInstructorState(): InstructorState {
  // Instrumentation and every route chunk share one token and one log.
  return processSingleton('instructor', (): InstructorState => {
    const token = resolveInstructorToken(process.env, join(process.cwd(), '.data'));
    const creations = new CreationLog(Date.now());
    getSiteSession().subscribe((event) => {
      for (const { sid, createdAt } of createdSessions(event)) creations.record(sid, createdAt);
    });
    const port = process.env.PORT ?? '3000';
    const url = `${joinUrl(lanIPv4(networkInterfaces()), port, 'en') ?? `http://localhost:${port}/en`}/instructor`;
    console.info(startupMessage(token, url));
    return { token, creations, limits: new TokenAttemptLimits() };
  });
}

/** How students reach this server: its LAN addresses, the port of the request, the first address as an origin. */
export interface ClassNetwork {
  readonly port: string;
  readonly addresses: readonly string[];
  /** `http://<first-lan-ip>:<port>`, or null without a LAN address. */
  readonly origin: string | null;
  /** The `--hostname` the server listens on (empty: every interface). */
  readonly listenHost: string;
}

/** The class's network, from the request's `Host` (for the port) and this machine's interfaces. */
export function classNetwork(hostHeader: string | null): ClassNetwork {
  const port = portOfHost(hostHeader, process.env.PORT ?? '3000');
  const addresses = lanIPv4s(networkInterfaces());
  return { port, addresses, origin: lanOrigin(addresses[0] ?? null, port), listenHost: process.env.PATHSHALA_LISTEN_HOST ?? '' };
}

/**
 * The origin printed into handouts' QR codes: `SITE_URL` when set, else the LAN address
 * students use in class, else the address the request came to.
 */
export function handoutOrigin(hostHeader: string | null): string {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL).origin;
  return classNetwork(hostHeader).origin ?? `http://${hostHeader ?? 'localhost'}`;
}
