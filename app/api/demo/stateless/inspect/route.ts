import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { inspectSeal } from '@/lib/stateless/inspect';
import { getIronPassword } from '@/lib/stateless/password';
import { IRON_COOKIE_NAME, unsealCookie } from '@/lib/stateless/sealed-cookie';

/**
 * `GET /api/demo/stateless/inspect` → the sealed cookie this browser sent, split into its parts,
 * its size against 4,096 bytes, what it holds, and the (empty) server store. Read-only: it never
 * sends `Set-Cookie`, because the page cannot read an HttpOnly cookie itself.
 */
export const GET = apiRoute({}, async ({ request, secure }) => {
  const unsealed = await unsealCookie(request.headers.get('cookie'), getIronPassword());
  return { ok: true, value: inspectSeal(IRON_COOKIE_NAME, unsealed, secure) };
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
