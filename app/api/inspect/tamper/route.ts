import { methodsNotAllowed } from '@/lib/http/api-route';
import { tamperCookie } from '@/lib/site/inspector-endpoints';

/** `POST /api/inspect/tamper` → `{before, after}` and a `Set-Cookie` with a broken signature; 409 without a signed cookie. */
export const POST = tamperCookie;

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
