import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';

/**
 * `POST /api/demo/stateless/logout` → `{user: null}`: the browser is told to forget the cookie.
 * The server has nothing to destroy, so a copy of the old seal keeps working until it expires.
 */
export const POST = apiRoute({ session: 'stateless' }, ({ forget }) => {
  forget();
  return { ok: true, value: { user: null } };
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
