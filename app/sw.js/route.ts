import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '@/lib/i18n/locales';
import { serviceWorkerSource } from '@/lib/offline/service-worker';

// Read per process from the running build, so a new build serves a worker with a new cache name.
export const dynamic = 'force-dynamic';

let source: string | null = null;

function buildId(): string {
  const distDir = join(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR ?? '.next');
  return readFileSync(join(distDir, 'BUILD_ID'), 'utf8').trim();
}

export function GET() {
  source ??= serviceWorkerSource(buildId(), locales);
  return new Response(source, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      // The browser asks again on every update check; a new build is picked up at once.
      'cache-control': 'no-cache',
      'content-security-policy': "default-src 'self'",
    },
  });
}
