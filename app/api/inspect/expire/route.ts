import { methodsNotAllowed } from '@/lib/http/api-route';
import { expireSession } from '@/lib/site/inspector-endpoints';

/** `POST /api/inspect/expire` → `{expired}`: deletes this browser's store entry. */
export const POST = expireSession;

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
