import { methodsNotAllowed } from '@/lib/http/api-route';
import { isLocale } from '@/lib/i18n/locales';
import { describeArrival, recordArrival, runIdSchema } from '@/lib/security-labs/csrf';
import { CSRF_VIAS, type CsrfVia } from '@/lib/security-labs/csrf-sites';

/*
 * `GET|POST /api/lab/security/csrf/echo?run=<id>&via=post|link|embed&lang=<locale>` — the
 * target of the attacker's page. It deliberately has no Origin check (that is the lab's point);
 * it only records which lab cookies arrived and changes nothing else. A navigation goes back to
 * the lab page; an embedded request gets a 1×1 GIF.
 */

const PIXEL = Uint8Array.from(atob('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'), (c) => c.charCodeAt(0));

function echo(request: Request): Response {
  const url = new URL(request.url);
  const run = runIdSchema.safeParse(url.searchParams.get('run'));
  const via = url.searchParams.get('via');
  if (!run.success || !(CSRF_VIAS as readonly string[]).includes(via ?? '')) {
    return Response.json(
      { error: { code: 'bad_request', message: 'run and via are required.' } },
      { status: 400, headers: { 'cache-control': 'no-store' } },
    );
  }
  recordArrival(run.data, describeArrival(via as CsrfVia, request.method, request.headers));
  if (via === 'embed') return new Response(PIXEL, { headers: { 'content-type': 'image/gif', 'cache-control': 'no-store' } });
  const lang = url.searchParams.get('lang');
  const locale = isLocale(lang) ? lang : 'hi-latn';
  return new Response(null, {
    status: 303,
    headers: { location: `/${locale}/lab/security/csrf?run=${run.data}`, 'cache-control': 'no-store' },
  });
}

export async function GET(request: Request): Promise<Response> {
  return echo(request);
}

export async function POST(request: Request): Promise<Response> {
  await request.body?.cancel();
  return echo(request);
}

export const { PUT, PATCH, DELETE } = methodsNotAllowed(['GET', 'POST']);
