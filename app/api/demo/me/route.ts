import { currentUser } from '@/lib/shop/auth-operations';
import { methodsNotAllowed, sessionRoute } from '@/lib/http/api-route';

/** `GET /api/demo/me` → `{user}` or `{user: null}`; never creates a session. */
export const GET = sessionRoute({ body: 'none' }, ({ session }) => ({ ok: true, value: { user: currentUser(session.data) } }));

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
