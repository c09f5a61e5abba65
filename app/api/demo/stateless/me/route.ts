import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { statelessUser } from '@/lib/stateless/operations';

/** `GET /api/demo/stateless/me` → `{user}` or `{user: null}`, read from the cookie alone. */
export const GET = apiRoute({ session: 'stateless' }, ({ data }) => ({ ok: true, value: { user: statelessUser(data) } }));

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
