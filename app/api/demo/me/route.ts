import { currentUser } from '@/lib/shop/auth-operations';
import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';

/** `GET /api/demo/me` → `{user}` or `{user: null}`; never creates a session. */
export const GET = apiRoute({ session: 'stateful' }, ({ session }) => ({ ok: true, value: { user: currentUser(session.data) } }));

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
