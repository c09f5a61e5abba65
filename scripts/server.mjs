#!/usr/bin/env node
// The site's HTTP server: Next.js behind the front door (lib/http/front-door.mjs), which
// refuses requests Next would choke on and records the client's real address before Next
// sees the request (`next start` would let a client's own X-Forwarded-For stand in for it).
//
//   node scripts/server.mjs [--port N] [--hostname H] [--dev] [--dir D]
//
// `npm start` runs it on the production build; the end-to-end tests and benchmarks too.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { join } from 'node:path';
import { admit, parseTrustProxy } from '../lib/http/front-door.mjs';
import { createPageCache } from '../lib/http/page-cache.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
    dev: { type: 'boolean', default: false },
    dir: { type: 'string' },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`server: the port must be a whole number from 0 to 65535, got ${JSON.stringify(values.port ?? process.env.PORT)}.`);
  process.exit(1);
}
let trustedHops;
try {
  trustedHops = parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// The join slide warns when phones cannot reach a server that listens on loopback only.
process.env.PATHSHALA_LISTEN_HOST = values.hostname ?? '';

const dev = values.dev;
if (!dev) process.env.NODE_ENV ??= 'production';
// Without a hostname the server listens on every interface, as `next start` does, so phones
// on the classroom network reach it.
const app = next({ dev, dir: values.dir ?? process.cwd(), port, hostname: values.hostname ?? 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();
// Prerendered pages are compressed once and answered from memory (lib/http/page-cache.mjs);
// PATHSHALA_PAGE_CACHE=0 turns that off (the benchmark's "before"). Never in development.
const pageCache = createPageCache({
  distDir: join(values.dir ?? process.cwd(), process.env.NEXT_DIST_DIR ?? '.next'),
  enabled: !dev && process.env.PATHSHALA_PAGE_CACHE !== '0',
});

const server = createServer((request, response) => {
  const refusal = admit(request, { trustedHops });
  if (refusal === null) {
    if (!pageCache.serve(request, response)) handle(request, response);
    return;
  }
  response.writeHead(refusal.status, refusal.headers);
  response.end(refusal.body);
});
if (dev) server.on('upgrade', app.getUpgradeHandler());
server.listen(port, values.hostname, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address !== null ? address.port : port;
  console.log(`▲ Session Pathshala ready on http://localhost:${shown}${trustedHops > 0 ? ` (trusting ${trustedHops} proxy hop(s))` : ''}`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
