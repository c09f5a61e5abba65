/**
 * `next start` for the measuring scripts (bench:http, lighthouse): on a free port, answered
 * before it is handed over, and stopped when the script exits (next-server ignores SIGINT, and
 * its handle would otherwise keep the script alive).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

async function freePort() {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts the production build of the project in `dir` (the site when undefined) and resolves
 * once `GET probe` answers 2xx, within 60 s. `label` prefixes the errors; `env` is added to the
 * environment. Returns the origin, the server's process id and a `stop()` that is safe to call twice.
 */
export async function startNextServer({ label, probe, dir, env = {}, host = '127.0.0.1' }) {
  const port = await freePort();
  // The site runs behind its front door, as `npm start` serves it; another project (the
  // Lighthouse baseline) on plain `next start`.
  const command = dir
    ? ['node_modules/next/dist/bin/next', 'start', dir, '-p', String(port)]
    : ['scripts/server.mjs', '--port', String(port)];
  const server = spawn(process.execPath, command, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('exit', stop);
  const origin = `http://${host}:${port}`;
  for (const deadline = Date.now() + 60_000; ;) {
    if (server.exitCode !== null) throw new Error(`${label}: next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${origin}${probe}`)).ok) return { origin, stop, pid: server.pid };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${label}: next start did not answer within 60 s`);
    }
    await sleep(100);
  }
}
