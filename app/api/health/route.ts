import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';

/**
 * `GET /api/health` → `{"status": "ok"}`: the process is up and serving route handlers. It opens
 * no session and asks no store, so a load balancer's checks never create sessions; bench:http
 * uses it as the bare route the session routes are compared with.
 */
export const GET = apiRoute({}, () => ({ ok: true, value: { status: 'ok' } }));

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
