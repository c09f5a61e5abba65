import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { request, type APIRequestContext } from '@playwright/test';
import { findFreePort } from '../../lib/session/testing/redis-server';

export { findFreePort, startRedisServer, type RedisServer } from '../../lib/session/testing/redis-server';

const READY_TIMEOUT_MS = 120_000;

/*
 * Every server a test started and has not stopped. A hook that times out while a server is
 * still starting never reaches its `stop()`; these die with the worker instead of staying behind
 * on their port (one such orphan once held a port through a whole later run).
 */
const startedServers = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of startedServers) child.kill('SIGKILL');
});

/** A production server of the built app (`scripts/server.mjs`) that a test owns: its own port, its own env. */
export interface AppServer {
  readonly port: number;
  readonly origin: string;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same env and waits until it answers. */
  start(): Promise<void>;
}

/**
 * Starts `scripts/server.mjs` on a free port, or `options.port` (the build in `NEXT_DIST_DIR`, else `.next`) with
 * `env` on top of this process's environment, and resolves once `GET /api/demo/me` answers.
 * It trusts one proxy hop unless `env` says otherwise, so `clientFor` can give each test
 * client an address of its own through `X-Forwarded-For`, as a reverse proxy would.
 */
export async function startAppServer(env: Record<string, string>, options: { port?: number } = {}): Promise<AppServer> {
  // A given port lets a test stop one build's server and start another's at the same origin.
  const port = options.port ?? (await findFreePort());
  const origin = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  const start = async (): Promise<void> => {
    if (child !== null) return;
    const spawned = spawn(process.execPath, ['scripts/server.mjs', '--port', String(port)], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), TRUST_PROXY: '1', ...env },
    });
    startedServers.add(spawned);
    spawned.once('exit', () => startedServers.delete(spawned));
    let stderr = '';
    spawned.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)));
    child = spawned;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (spawned.exitCode !== null) {
        child = null;
        throw new Error(`the app server on port ${port} exited with code ${spawned.exitCode}: ${stderr}`);
      }
      try {
        const response = await fetch(`${origin}/api/demo/me`, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`the app server on port ${port} did not answer within ${READY_TIMEOUT_MS} ms: ${stderr}`);
      }
      await sleep(100);
    }
  };

  const stop = async (): Promise<void> => {
    const running = child;
    child = null;
    if (running === null || running.exitCode !== null || running.signalCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return { port, origin, start, stop };
}

let nextAddress = 0;

/**
 * A cookie-jar client with a client address and a language of its own. Cookies do not care
 * about ports, so one client sends the same session cookie to every instance on 127.0.0.1,
 * as one browser behind a load balancer would.
 */
export function clientFor(origin: string, locale: 'en' | 'hi-latn' = 'en'): Promise<APIRequestContext> {
  nextAddress++;
  return request.newContext({
    baseURL: origin,
    extraHTTPHeaders: { 'x-forwarded-for': `198.19.${process.pid % 250}.${nextAddress % 250}`, 'x-pathshala-locale': locale },
  });
}
