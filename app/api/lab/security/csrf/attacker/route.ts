import { methodsNotAllowed } from '@/lib/http/api-route';
import { isLocale } from '@/lib/i18n/locales';
import { attackerPageCsp, attackerPageHtml } from '@/lib/security-labs/attacker-page';
import { runIdSchema } from '@/lib/security-labs/csrf';
import { networkInterfaces } from 'node:os';
import { lanIPv4s } from '@/lib/instructor/network';
import { isLabSiteOrigin } from '@/lib/security-labs/csrf-sites';

/**
 * `GET /api/lab/security/csrf/attacker?run=<id>&target=<origin>&lang=<locale>` — the page of
 * "another site". Opened on 127.0.0.1 when the lab runs on localhost (or the other way round),
 * so the browser treats its requests to `target` as cross-site. `target` must be one of the
 * lab sites (localhost, 127.0.0.1, or this server's own network address in either form), so
 * this never becomes a page that attacks anything else.
 */
export function GET(request: Request): Response {
  const url = new URL(request.url);
  const run = runIdSchema.safeParse(url.searchParams.get('run'));
  const target = url.searchParams.get('target') ?? '';
  const lang = url.searchParams.get('lang');
  if (!run.success || !isLabSiteOrigin(target, lanIPv4s(networkInterfaces()))) {
    return Response.json(
      { error: { code: 'bad_request', message: 'run and target (http://localhost:<port>, http://127.0.0.1:<port> or this server\'s own network address) are required.' } },
      { status: 400 },
    );
  }
  const locale = isLocale(lang) ? lang : 'hi-latn';
  const host = request.headers.get('host') ?? url.host;
  return new Response(attackerPageHtml({ locale, host, target, run: run.data }), {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': attackerPageCsp(target),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
