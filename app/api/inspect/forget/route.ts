import { methodsNotAllowed } from '@/lib/http/api-route';
import { forgetCookie } from '@/lib/site/inspector-endpoints';

/** `POST /api/inspect/forget` → `{forgotten}` and a `Set-Cookie` that clears the session cookie; the store is untouched. */
export const POST = forgetCookie;

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
