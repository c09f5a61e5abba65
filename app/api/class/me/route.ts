import { methodsNotAllowed } from '@/lib/http/api-route';
import { me } from '@/lib/classroom/api';

/** `GET /api/class/me` → `{nickname, endedBy}`; never creates a session. */
export const GET = me;

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
