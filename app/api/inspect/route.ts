import { methodsNotAllowed } from '@/lib/http/api-route';
import { inspectBrowser } from '@/lib/site/inspector-endpoints';

/** `GET /api/inspect`: read-only; never opens a session and never sends `Set-Cookie`. */
export const GET = inspectBrowser;

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
